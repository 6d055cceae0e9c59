using ConsultEngine.Web.StaffConsole.Assignments;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>The console's services: consultations, tool step work and access, assignments.</summary>
internal static class ConsoleServices
{
    public static IServiceCollection AddConsultConsole(this IServiceCollection services)
    {
        services.AddSingleton<AssignmentStore>();
        services.AddSingleton<Consultations>();
        services.AddSingleton<RecordedSteps>();
        services.AddSingleton<ToolStepAccess>();
        services.AddSingleton<ToolStepWork>();
        services.AddSingleton<ToolStepAssignments>();
        services.AddSingleton<Privacy.PersonalExports>();

        // Pre-filled form data of the human steps whose definition asks for it (config.prefill), by source name.
        services.AddSingleton<Prefill.IPrefillSource, Prefill.ConsultationAnalysisSource>();
        services.AddSingleton<Prefill.StepPrefills>();

        // A definition's value naming a tool reads as the tool's own title.
        services.AddSingleton<ToolTitles>();

        // Enumerations (step status, phase standing, version state) travel as their names, not numbers:
        // an API client reads "Waiting", and a reordered enum cannot change what old clients see.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return services;
    }
}
