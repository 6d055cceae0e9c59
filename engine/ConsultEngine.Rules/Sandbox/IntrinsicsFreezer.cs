using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// Freezes every object a script can reach without creating it: the global object and everything
/// reachable from it (constructors, prototypes, their methods, getters and setters), plus the
/// intrinsics the global object does not name (generator and async function prototypes, iterator
/// prototypes, <c>%TypedArray%</c>, <c>%ThrowTypeError%</c> through <c>Function.prototype</c>).
/// After this, <c>Object.prototype.x = 1</c>, <c>globalThis.x = 1</c> and a top-level <c>var</c>
/// throw a TypeError in strict mode, so no evaluation can leave anything for the next one.
/// </summary>
internal static class IntrinsicsFreezer
{
    // Objects whose prototypes are intrinsics no global property names. A seed that this build of
    // Jint does not support simply throws and is skipped.
    private const string HiddenIntrinsics = """
        (() => {
          const seeds = [
            () => function* () {}, () => (function* () {})(), () => async function () {},
            () => async function* () {}, () => (async function* () {})(), () => async () => {},
            () => [][Symbol.iterator](), () => ''[Symbol.iterator](), () => new Map()[Symbol.iterator](),
            () => new Set()[Symbol.iterator](), () => /a/[Symbol.matchAll](''), () => [].values().map(x => x),
            () => Iterator.from({ next() { return { done: true }; } }), () => Object.getPrototypeOf(Int8Array),
            () => new Intl.Segmenter().segment('a'), () => new Intl.Segmenter().segment('a')[Symbol.iterator](),
            () => (function () { return arguments; })(), () => Promise.resolve(),
          ];
          const found = [];
          for (const seed of seeds) {
            try { found.push(seed()); } catch (e) { }
          }
          return found;
        })()
        """;

    /// <param name="engine">The engine whose realm to freeze.</param>
    /// <param name="skip">Host objects that guard themselves (a proxy whose traps refuse writes): walking them would run their traps.</param>
    public static void FreezeAll(Engine engine, params ObjectInstance[] skip)
    {
        var pending = new Stack<JsValue>();
        pending.Push(engine.Global);
        if (engine.Evaluate(HiddenIntrinsics) is JsArray seeds)
        {
            for (uint i = 0; i < seeds.Length; i++)
            {
                pending.Push(seeds[i]);
            }
        }

        var seen = new HashSet<ObjectInstance>(skip, ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            if (pending.Pop() is not ObjectInstance target || !seen.Add(target))
            {
                continue;
            }

            ObjectFreezer.Freeze(target, pending.Push);
            if (target.Prototype is { } prototype)
            {
                pending.Push(prototype);
            }
        }
    }
}
