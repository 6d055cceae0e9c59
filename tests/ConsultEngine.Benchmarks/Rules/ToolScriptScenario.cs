using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Rules;

namespace ConsultEngine.Benchmarks.Rules;

/// <summary>
/// The demo questionnaire's skip logic as the survey's answer checker runs it: through <see cref="IToolScripts"/>, with
/// a new scope per evaluation over the same answers (written once, as WorkingAnswers does), once on the native path
/// and once forced to Jint.
/// </summary>
internal sealed class ToolScriptScenario : IDisposable
{
    public const string SkipLogic = "answers.san_sang_phan_loai !== 'co'";

    private readonly RuleEvaluator _native = new();
    private readonly RuleEvaluator _jint = new() { NativeToolScripts = false };
    private readonly SandboxToolScripts _nativeScripts;
    private readonly SandboxToolScripts _jintScripts;

    // A submission of the demo survey half-way: the answers the checker has normalised so far, Vietnamese text escaped
    // the way System.Text.Json writes it.
    private readonly JsonElement _answers = JsonSerializer.SerializeToElement(new JsonObject
    {
        ["vai_tro"] = "nguoi_dan",
        ["xa_phuong"] = "Phường Ba Đình",
        ["do_tuoi"] = 42,
        ["biet_den_du_thao"] = "co",
        ["muc_do_dong_y"] = 4,
        ["san_sang_phan_loai"] = "khong",
        ["y_kien"] = "Cần có thêm điểm thu gom rác tái chế ở mỗi tổ dân phố.",
    });

    // The next submission: the same questions, other answers (each public submission brings its own).
    private readonly JsonElement _otherAnswers = JsonSerializer.SerializeToElement(new JsonObject
    {
        ["vai_tro"] = "doanh_nghiep",
        ["xa_phuong"] = "Xã Sa Pa",
        ["do_tuoi"] = 35,
        ["biet_den_du_thao"] = "khong",
        ["muc_do_dong_y"] = 2,
        ["san_sang_phan_loai"] = "chua_chac",
        ["y_kien"] = "Nên hỗ trợ túi phân loại cho các hộ kinh doanh nhỏ.",
    });

    private readonly JsonElement _variables = JsonSerializer.SerializeToElement(new JsonObject { ["province"] = "Hà Nội", ["round"] = 1 });

    public ToolScriptScenario()
    {
        _native.WarmUp();
        _jint.WarmUp();
        _nativeScripts = new SandboxToolScripts(_native);
        _jintScripts = new SandboxToolScripts(_jint);
        if (!Native() || !Jint() || !NativeNewAnswers() || !JintNewAnswers() || _native.NativeToolScript(SkipLogic) is null)
        {
            throw new InvalidOperationException("The skip logic should be native and true on the benchmark's answers.");
        }
    }

    private int _turn;

    /// <summary>The same answers as the last evaluation (the questions of one submission, one after another).</summary>
    public bool Native() => _nativeScripts.Test(SkipLogic, new ToolScriptScope(_answers, null, _variables));

    public bool Jint() => _jintScripts.Test(SkipLogic, new ToolScriptScope(_answers, null, _variables));

    /// <summary>Other answers than the last evaluation's (the first question of each submission): Jint converts them anew.</summary>
    public bool NativeNewAnswers() => _nativeScripts.Test(SkipLogic, new ToolScriptScope(NextAnswers(), null, _variables));

    public bool JintNewAnswers() => _jintScripts.Test(SkipLogic, new ToolScriptScope(NextAnswers(), null, _variables));

    private JsonElement NextAnswers() => (_turn++ & 1) == 0 ? _answers : _otherAnswers;

    public void Dispose()
    {
        _native.Dispose();
        _jint.Dispose();
    }
}
