using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace SmsCx.Receiver.Storage;

/// <summary>
/// Owns the SQLite file: creates the tables, opens connections and runs write transactions.
/// Thread-safe. Writes are serialised by one gate because SQLite allows a single writer; WAL mode lets
/// readers run beside the writer, so queries open their own connection without the gate.
/// </summary>
public sealed class ReceiverDatabase : IDisposable
{
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly string _connectionString;

    /// <summary>Creates the database handle for <see cref="ReceiverOptions.DatabasePath"/>; opens nothing yet.</summary>
    public ReceiverDatabase(IOptions<ReceiverOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Path = System.IO.Path.GetFullPath(options.Value.DatabasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 10,
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Switches the file to WAL mode and creates missing tables. Safe to call more than once.</summary>
    public void EnsureCreated()
    {
        using var connection = Open();
        Execute(connection, null, "PRAGMA journal_mode = WAL;");
        Execute(connection, null, Schema.Create);
    }

    /// <summary>Opens a new connection for reading; the caller disposes it.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> inside one write transaction behind the writer gate and commits it.
    /// If <paramref name="work"/> throws, the transaction is rolled back and the exception propagates.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _writeGate.WaitAsync(ct);
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            var result = work(connection, transaction);
            transaction.Commit();
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs a statement that returns no rows and gives the number of rows it changed.</summary>
    public static int Execute(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] args)
    {
        using var command = Command(connection, transaction, sql, args);
        return command.ExecuteNonQuery();
    }

    /// <summary>Creates a command with <paramref name="args"/> bound; <see langword="null"/> binds SQL NULL.</summary>
    public static SqliteCommand Command(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] args)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(args);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in args)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);

        return command;
    }

    /// <inheritdoc />
    public void Dispose() => _writeGate.Dispose();
}
