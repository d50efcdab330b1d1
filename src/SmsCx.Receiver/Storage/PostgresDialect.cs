using System.Data.Common;
using Npgsql;

namespace SmsCx.Receiver.Storage;

/// <summary>
/// PostgreSQL through one pooled <see cref="NpgsqlDataSource"/>. Many writers run at once; the unique keys and
/// conditional upserts make concurrent and redelivered items safe, across processes as well as threads.
/// </summary>
internal sealed class PostgresDialect : StorageDialect
{
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string Description { get; }

    public override bool SingleWriter => false;

    public override string SkipLockedClause => " FOR UPDATE SKIP LOCKED";

    public override DbConnection CreateConnection() => _dataSource.CreateConnection();

    public override void EnsureCreated(DbConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        ReceiverDatabase.Execute(connection, transaction, PostgresSchema.Create);
        transaction.Commit();
    }

    public override bool IsTransient(DbException exception) =>
        exception is PostgresException { SqlState: SerializationFailure or DeadlockDetected };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _dataSource.Dispose();

        base.Dispose(disposing);
    }
}
