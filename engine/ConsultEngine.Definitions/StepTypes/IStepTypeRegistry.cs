namespace ConsultEngine.Definitions.StepTypes;

/// <summary>The step types a host knows; the validator checks every step's type against it.</summary>
public interface IStepTypeRegistry
{
    IEnumerable<StepTypeDescriptor> All { get; }

    bool TryGet(string name, int major, out StepTypeDescriptor descriptor);

    bool Contains(string name);
}
