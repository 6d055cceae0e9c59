using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace ConsultEngine.Rules.Sandbox;

/// <summary>
/// <c>Object.freeze</c> done from the host, so that it is not counted against a script's limits:
/// no property can be added, removed, rewritten or reconfigured.
/// </summary>
internal static class ObjectFreezer
{
    /// <summary>Freezes <paramref name="target"/> and hands every value, getter and setter it holds to <paramref name="visit"/>.</summary>
    public static void Freeze(ObjectInstance target, Action<JsValue>? visit = null)
    {
        target.PreventExtensions();
        foreach (var key in target.GetOwnPropertyKeys(Types.String | Types.Symbol))
        {
            var descriptor = target.GetOwnProperty(key);
            if (descriptor == PropertyDescriptor.Undefined)
            {
                continue;
            }

            if (descriptor.IsAccessorDescriptor())
            {
                visit?.Invoke(descriptor.Get ?? JsValue.Undefined);
                visit?.Invoke(descriptor.Set ?? JsValue.Undefined);
                if (descriptor.Configurable)
                {
                    target.DefineOwnProperty(key, new GetSetPropertyDescriptor(descriptor.Get, descriptor.Set, descriptor.Enumerable, configurable: false));
                }
            }
            else
            {
                var value = descriptor.Value;
                visit?.Invoke(value);
                if (descriptor.Configurable || descriptor.Writable)
                {
                    target.DefineOwnProperty(key, new PropertyDescriptor(value, writable: false, descriptor.Enumerable, configurable: false));
                }
            }
        }
    }
}
