using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SmsCx.Receiver;

namespace SmsCx.Contract.Tests.Receiver;

/// <summary>
/// An isolated receiver database for one test: a SQLite file in a temp folder, or a fresh schema in the PostgreSQL
/// database named by <see cref="PostgresVariable"/>. Without that variable PostgreSQL tests fail in CI (<c>CI</c> set)
/// and are skipped, saying why, elsewhere.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string PostgresVariable = "SMSCX_TEST_POSTGRES";

    private readonly string _folder;
    private readonly string? _adminConnection;
    private readonly string? _schema;

    private TestDatabase(string kind)
    {
        Kind = kind;
        _folder = Directory.CreateTempSubdirectory("smscx-receiver-").FullName;
        SqlitePath = Path.Combine(_folder, "receiver.db");
        if (kind != Postgres)
            return;

        _adminConnection = RequirePostgres();
        _schema = "t_" + Guid.NewGuid().ToString("N");
        RunOnPostgres(_adminConnection, $"CREATE SCHEMA {_schema};");
        PostgresConnectionString = new NpgsqlConnectionStringBuilder(_adminConnection) { SearchPath = _schema }.ToString();
    }

    /// <summary>The stores every behaviour test runs against.</summary>
    public static IEnumerable<string> Kinds => [Sqlite, Postgres];

    public string Kind { get; }

    public string SqlitePath { get; }

    public string? PostgresConnectionString { get; }

    public static TestDatabase Create(string kind) => new(kind);

    /// <summary>The receiver settings (configuration keys) that select this database.</summary>
    public IEnumerable<(string Key, string? Value)> Settings()
    {
        yield return ("Receiver:DatabasePath", SqlitePath);
        if (PostgresConnectionString is not null)
            yield return ("Receiver:PostgresConnectionString", PostgresConnectionString);
    }

    /// <summary>Sets the options that select this database.</summary>
    public ReceiverOptions Apply(ReceiverOptions options)
    {
        options.DatabasePath = SqlitePath;
        options.PostgresConnectionString = PostgresConnectionString;
        return options;
    }

    /// <summary>Runs SQL directly on the database, beside the receiver (to break or prepare it).</summary>
    public void Execute(string sql, params (string Name, object Value)[] args)
    {
        using DbConnection connection = PostgresConnectionString is null
            ? new SqliteConnection($"Data Source={SqlitePath};Pooling=False")
            : new NpgsqlConnection(PostgresConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in args)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            RunOnPostgres(_adminConnection, $"DROP SCHEMA IF EXISTS {_schema} CASCADE;");
        }

        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The connection string, or the test fails (CI) or is skipped (elsewhere) saying what is missing.</summary>
    public static string RequirePostgres()
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(value))
            return value;

        var message = $"{PostgresVariable} is not set: PostgreSQL storage tests need a connection string " +
            "(.ci/run sets one up).";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Assert.Fail(message);

        Assert.Ignore(message);
        return value!;
    }

    private static void RunOnPostgres(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
