using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SmsCx.Receiver.Storage;

/// <summary>SQLite in WAL mode: one file, one writer at a time, readers beside it.</summary>
internal sealed class SqliteDialect : StorageDialect
{
    private readonly string _connectionString;
    private readonly string _path;

    public SqliteDialect(string databasePath)
    {
        _path = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 10,
        }.ToString();
    }

    public override string Description => _path;

    public override bool SingleWriter => true;

    public override string SkipLockedClause => string.Empty;

    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    public override void EnsureCreated(DbConnection connection)
    {
        ReceiverDatabase.Execute(connection, null, "PRAGMA journal_mode = WAL;");
        ReceiverDatabase.Execute(connection, null, SqliteSchema.Create);
        using var check = ReceiverDatabase.Command(connection, null, SqliteSchema.HasLeaseColumn);
        if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            ReceiverDatabase.Execute(connection, null, SqliteSchema.AddLeaseColumn);

        // One process owns a SQLite file, so a claim found at start belongs to a run that died: release it now.
        ReceiverDatabase.Execute(connection, null, SqliteSchema.ReleaseClaims);
    }

    // Writes are serialised in the process, so SQLite's own busy timeout covers the rest.
    public override bool IsTransient(DbException exception) => false;
}
