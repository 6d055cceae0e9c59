using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// The global <c>vars</c>, <c>steps</c>, <c>tools</c> and <c>output</c> of a sandboxed engine (and
/// <c>answers</c> and <c>self</c>, which tools' scripts read): frozen
/// data properties (a script's assignment throws), whose values the host alone changes between two
/// evaluations, through the descriptors the global object holds. A getter per read would do the same
/// at about a quarter of a microsecond per evaluation more, on a path whose budget is two.
/// </summary>
internal sealed class ContextSlots(ObjectInstance global)
{
    public static readonly string[] Names = ["vars", "steps", "tools", "output", "answers", "self"];

    private readonly PropertyDescriptor _vars = global.GetOwnProperty("vars");
    private readonly PropertyDescriptor _steps = global.GetOwnProperty("steps");
    private readonly PropertyDescriptor _tools = global.GetOwnProperty("tools");
    private readonly PropertyDescriptor _output = global.GetOwnProperty("output");
    private readonly PropertyDescriptor _answers = global.GetOwnProperty("answers");
    private readonly PropertyDescriptor _self = global.GetOwnProperty("self");

    public void Set(JsValue vars, JsValue steps, JsValue tools, JsValue output, JsValue answers, JsValue self)
    {
        _answers.Value = answers;
        _self.Value = self;
        _vars.Value = vars;
        _steps.Value = steps;
        _tools.Value = tools;
        _output.Value = output;
    }
}
