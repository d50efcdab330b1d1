namespace SmsCx.Mock.Scenarios;

/// <summary>Receives progress while scenarios play. Calls come from one thread, in order.</summary>
public interface IScenarioReporter
{
    /// <summary>A scenario is about to play.</summary>
    void ScenarioStarted(ScenarioDocument scenario);

    /// <summary>A step finished.</summary>
    void StepFinished(ScenarioDocument scenario, StepResult result);

    /// <summary>A scenario finished.</summary>
    void ScenarioFinished(ScenarioResult result);

    /// <summary>The run finished (after every scenario, including files that could not be read).</summary>
    void RunFinished(RunResult result);
}
