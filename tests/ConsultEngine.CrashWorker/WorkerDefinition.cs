using ConsultEngine.Runtime.State;

namespace ConsultEngine.CrashWorker;

/// <summary>
/// What the worker runs: a draft, a review that sends the plan back once (a route-only loop),
/// a notification through the outbox, two parallel branches and their join; eight commits per
/// instance.
/// </summary>
internal static class WorkerDefinition
{
    public const string Id = "test.crash";

    public const string Json = """
        {
          "schemaVersion": 1, "id": "test.crash", "version": 1,
          "title": { "vi": "Thử nghiệm sự cố", "en": "Crash test" },
          "roles": [ { "id": "council-office", "title": { "vi": "Văn phòng HĐND", "en": "Council Office" } } ],
          "phases": [ { "id": "run", "title": { "vi": "Thực hiện", "en": "Run" }, "steps": [
            { "id": "draft", "type": "task", "role": "council-office", "title": { "vi": "Dự thảo", "en": "Draft" } },
            { "id": "review", "type": "approval", "role": "council-office", "title": { "vi": "Xem xét", "en": "Review" },
              "outcomes": [ { "id": "ok", "title": { "vi": "Đồng ý", "en": "OK" } },
                            { "id": "redo", "title": { "vi": "Làm lại", "en": "Redo" }, "goto": "revise" } ] },
            { "id": "revise", "type": "task", "role": "council-office", "routeOnly": true, "title": { "vi": "Sửa", "en": "Revise" },
              "outcomes": [ { "id": "resubmit", "title": { "vi": "Trình lại", "en": "Resubmit" }, "goto": "review" } ] },
            { "id": "announce", "type": "notify", "title": { "vi": "Thông báo", "en": "Announce" },
              "config": { "audience": "participants", "message": { "vi": "Mời tham gia", "en": "Join us" } } },
            { "id": "left", "type": "task", "role": "council-office", "after": ["announce"], "title": { "vi": "Nhánh trái", "en": "Left" } },
            { "id": "right", "type": "task", "role": "council-office", "after": ["announce"], "title": { "vi": "Nhánh phải", "en": "Right" } },
            { "id": "join", "type": "task", "role": "council-office", "after": ["left", "right"], "title": { "vi": "Hợp nhất", "en": "Join" } }
          ] } ]
        }
        """;

    public static string? OutcomeFor(Bookmark bookmark) => bookmark.StepId switch
    {
        "review" => bookmark.Iteration == 1 ? "redo" : "ok",
        "revise" => "resubmit",
        _ => null,
    };
}
