namespace ConsultEngine.Runtime.State;

public enum InstanceStatus
{
    Running,
    Suspended,
    Completed,
    Cancelled,
}

public enum StepStatus
{
    Pending,
    Active,
    Waiting,
    Completed,
    Skipped,
    Failed,
    Cancelled,
}
