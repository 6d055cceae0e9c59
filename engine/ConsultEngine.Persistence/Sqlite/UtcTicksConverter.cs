using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ConsultEngine.Persistence.Sqlite;

/// <summary>
/// Stores a moment as its UTC ticks in an INTEGER column. SQLite has no time type: EF Core's
/// default TEXT form cannot be compared or ordered in SQL, and due timers must be found with
/// <c>due_at &lt;= now</c> on an index. The runtime works in UTC, so no offset is lost.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
