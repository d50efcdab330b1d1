namespace SmsCx.Mock.Scenarios;

/// <summary>An expectation of a scenario step did not hold; the message says what was expected and what was seen.</summary>
public sealed class ScenarioStepFailedException : Exception
{
    /// <summary>Creates the failure with a message for the person running the scenario.</summary>
    public ScenarioStepFailedException(string message) : base(message)
    {
    }

    /// <summary>Creates the failure with a message and its cause.</summary>
    public ScenarioStepFailedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates a failure without a message.</summary>
    public ScenarioStepFailedException() : base("The scenario step failed.")
    {
    }
}
