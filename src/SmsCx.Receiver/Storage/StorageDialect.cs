using System.Data.Common;

namespace SmsCx.Receiver.Storage;

/// <summary>
/// What differs between the databases the receiver can store in; everything else (the statements in
/// <see cref="Sql"/>, the writers and readers) is shared. Implementations are thread-safe.
/// </summary>
internal abstract class StorageDialect : IDisposable
{
    /// <summary>Where the data lives, for logs: a file path or host/database, never a password.</summary>
    public abstract string Description { get; }

    /// <summary>True when the database allows one writer at a time, so writes queue in the process instead.</summary>
    public abstract bool SingleWriter { get; }

    /// <summary>Row-lock clause for a claiming sub-select, with a leading space; empty where writers are serialised.</summary>
    public abstract string SkipLockedClause { get; }

    /// <summary>A new, closed connection.</summary>
    public abstract DbConnection CreateConnection();

    /// <summary>Creates missing tables (and migrates older ones) on an open connection. Idempotent.</summary>
    public abstract void EnsureCreated(DbConnection connection);

    /// <summary>True for a failure that the same transaction may not meet again (deadlock, serialization).</summary>
    public abstract bool IsTransient(DbException exception);

    /// <summary>The dialect <paramref name="options"/> select: PostgreSQL when a connection string is set, else SQLite.</summary>
    public static StorageDialect For(ReceiverOptions options) =>
        string.IsNullOrWhiteSpace(options.PostgresConnectionString)
            ? new SqliteDialect(options.DatabasePath)
            : new PostgresDialect(options.PostgresConnectionString);

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases pooled resources.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
