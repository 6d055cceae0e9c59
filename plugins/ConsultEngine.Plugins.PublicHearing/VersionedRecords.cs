using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// Read-change-write of one tool record under optimistic concurrency: the write names the version
/// that was read, and when another write came first (CE9105) the change is made again on the new
/// value, a bounded number of times. A change that refuses (throws) is not retried.
/// </summary>
internal static class VersionedRecords
{
    public const int MaxAttempts = 16;

    public static async ValueTask<TResult> UpdateAsync<T, TResult>(
        ToolContext context, string collection, string key, Func<T?, (T Value, TResult Result)> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var record = await context.Records.GetAsync(collection, key, cancellationToken).ConfigureAwait(false);
            var current = record is null ? null : HearingJson.FromElement<T>(record.Value);
            var (value, result) = change(current);
            try
            {
                await context.Records.PutAsync(collection, key, HearingJson.ToElement(value), record?.Version ?? 0, cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (ToolException conflict) when (conflict.Code == ToolCodes.RecordConflict && attempt < MaxAttempts)
            {
                // Someone else wrote first: read again and redo the change on what they wrote.
                await Task.Yield();
            }
            catch (ToolException conflict) when (conflict.Code == ToolCodes.RecordConflict)
            {
                throw new ToolException(PublicHearingCodes.Busy, "Danh sách đang thay đổi liên tục, vui lòng thử lại. / The list keeps changing; please try again.", null, conflict)
                {
                    ToolId = PublicHearingTool.ToolId,
                    InstanceId = context.InstanceId,
                    StepId = context.StepId,
                };
            }
        }
    }

    public static async ValueTask<T?> GetAsync<T>(ToolContext context, string collection, string key, CancellationToken cancellationToken)
        where T : class
    {
        var record = await context.Records.GetAsync(collection, key, cancellationToken).ConfigureAwait(false);
        return record is null ? null : HearingJson.FromElement<T>(record.Value);
    }

    public static async ValueTask<IReadOnlyList<T>> ListAsync<T>(ToolContext context, string collection, CancellationToken cancellationToken)
        where T : class
    {
        var records = await context.Records.ListAsync(collection, cancellationToken).ConfigureAwait(false);
        return records.Select(r => HearingJson.FromElement<T>(r.Value)).ToList();
    }

    public static JsonElement Element<T>(T value) => HearingJson.ToElement(value);
}
