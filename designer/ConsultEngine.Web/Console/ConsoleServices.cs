using ConsultEngine.Web.StaffConsole.Assignments;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>The console's services: consultations, tool step work and access, assignments.</summary>
internal static class ConsoleServices
{
    public static IServiceCollection AddConsultConsole(this IServiceCollection services)
    {
        services.AddSingleton<AssignmentStore>();
        services.AddSingleton<Consultations>();
        services.AddSingleton<ToolStepAccess>();
        services.AddSingleton<ToolStepWork>();
        return services;
    }
}
