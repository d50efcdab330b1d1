using System.Data.Common;
using Microsoft.Extensions.Options;

namespace SmsCx.Receiver.Storage;

/// <summary>
/// Owns the receiver's database, SQLite by default or PostgreSQL when
/// <see cref="ReceiverOptions.PostgresConnectionString"/> is set: creates the tables, opens connections and runs
/// write transactions. Thread-safe. With SQLite, writes are serialised by one gate because SQLite allows a single
/// writer, and WAL lets readers run beside it; with PostgreSQL, writes run concurrently and a transaction that meets
/// a deadlock or serialization failure is run again, up to <see cref="MaxWriteAttempts"/> times.
/// </summary>
public sealed class ReceiverDatabase : IDisposable
{
    /// <summary>How often a write transaction is tried when the database reports a transient conflict.</summary>
    public const int MaxWriteAttempts = 3;

    private readonly StorageDialect _dialect;
    private readonly SemaphoreSlim? _writeGate;

    /// <summary>Creates the database handle for the configured store; opens nothing yet.</summary>
    public ReceiverDatabase(IOptions<ReceiverOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _dialect = StorageDialect.For(options.Value);
        _writeGate = _dialect.SingleWriter ? new SemaphoreSlim(1, 1) : null;
    }

    /// <summary>Where the data lives: the SQLite file's full path, or PostgreSQL host, port and database (no password).</summary>
    public string Description => _dialect.Description;

    /// <summary>Appended to a sub-select of rows to claim: PostgreSQL skips rows another transaction has locked.</summary>
    internal string SkipLockedClause => _dialect.SkipLockedClause;

    /// <summary>Creates missing tables (SQLite: also switches the file to WAL). Safe to call more than once.</summary>
    public void EnsureCreated()
    {
        using var connection = Open();
        _dialect.EnsureCreated(connection);
    }

    /// <summary>Opens a new connection for reading; the caller disposes it.</summary>
    public DbConnection Open()
    {
        var connection = _dialect.CreateConnection();
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> inside one write transaction and commits it. If <paramref name="work"/> throws,
    /// the transaction is rolled back and the exception propagates; <paramref name="work"/> may run more than once
    /// (PostgreSQL conflicts), so it must not have effects outside the transaction.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteOnceAsync(work, ct);
            }
            catch (DbException ex) when (attempt < MaxWriteAttempts && _dialect.IsTransient(ex))
            {
                // The database chose this transaction as the victim of a conflict; the next try sees the winner's rows.
            }
        }
    }

    private async Task<T> WriteOnceAsync<T>(Func<DbConnection, DbTransaction, T> work, CancellationToken ct)
    {
        if (_writeGate is not null)
            await _writeGate.WaitAsync(ct);

        try
        {
            await using var connection = _dialect.CreateConnection();
            await connection.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var result = work(connection, transaction);

            // Once the work is done, committing must not depend on the caller still waiting.
            await transaction.CommitAsync(CancellationToken.None);
            return result;
        }
        finally
        {
            _writeGate?.Release();
        }
    }

    /// <summary>Runs a statement that returns no rows and gives the number of rows it changed.</summary>
    public static int Execute(
        DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] args)
    {
        using var command = Command(connection, transaction, sql, args);
        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// Creates a command with <paramref name="args"/> bound by name (<c>@name</c> in <paramref name="sql"/>);
    /// <see langword="null"/> binds SQL NULL.
    /// </summary>
    public static DbCommand Command(
        DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] args)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(args);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in args)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writeGate?.Dispose();
        _dialect.Dispose();
    }
}
