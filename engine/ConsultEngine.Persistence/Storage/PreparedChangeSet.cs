using System.Data.Common;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// A change set turned into the statements that write it, their parameters made and their values converted,
/// before the write lock is taken: inside it only the binding to a session's prepared command and SQLite's
/// (or PostgreSQL's) own work remain. The first statement is the instance row's, whose count of changed rows
/// tells a revision conflict.
/// </summary>
internal sealed class PreparedChangeSet(ChangeSet changes, IReadOnlyList<PreparedStatement> statements)
{
    public ChangeSet Changes { get; } = changes;

    public IReadOnlyList<PreparedStatement> Statements { get; } = statements;
}

/// <summary>One statement of a <see cref="PreparedChangeSet"/>: its SQL (a session's cache key) and its parameters.</summary>
internal sealed record PreparedStatement(string Sql, DbParameter[] Parameters);
