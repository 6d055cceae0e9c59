namespace ConsultEngine.Definitions.StepTypes;

/// <summary>A registry the host fills: the built-in types, then the types of the plugins it loaded.</summary>
public sealed class StepTypeRegistry : IStepTypeRegistry
{
    private readonly Dictionary<(string Name, int Major), StepTypeDescriptor> _types = [];

    public IEnumerable<StepTypeDescriptor> All => _types.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Major);

    /// <summary>A registry holding the built-in step types.</summary>
    public static StepTypeRegistry CreateWithBuiltIns()
    {
        var registry = new StepTypeRegistry();
        foreach (var type in BuiltInStepTypes.All)
        {
            registry.Add(type);
        }

        return registry;
    }

    /// <summary>Registers a type; a second registration of the same name and major version is refused.</summary>
    public StepTypeRegistry Add(StepTypeDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (!StepTypeName.TryParse(descriptor.Reference, out _, out _))
        {
            throw new ArgumentException($"'{descriptor.Reference}' is not a valid step type name.", nameof(descriptor));
        }

        if (!_types.TryAdd((descriptor.Name, descriptor.Major), descriptor))
        {
            throw new ArgumentException($"The step type '{descriptor.Reference}' is registered twice.", nameof(descriptor));
        }

        return this;
    }

    public bool TryGet(string name, int major, out StepTypeDescriptor descriptor) =>
        _types.TryGetValue((name, major), out descriptor!);

    public bool Contains(string name) => _types.Keys.Any(k => k.Name == name);
}
