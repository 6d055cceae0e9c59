using ConsultEngine.Persistence.Administrative;
using ConsultEngine.Persistence.Codebooks;
using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Persistence.Model.Configurations;
using ConsultEngine.Persistence.Privacy;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Persistence.Reports;
using ConsultEngine.Persistence.Tools;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Model;

/// <summary>
/// Every table configuration of the engine's one model, named here rather than found by scanning the
/// assembly: a scan (<c>ApplyConfigurationsFromAssembly</c>) loads every type of this assembly, the
/// PostgreSQL ones and so Npgsql included, into each host, an idle SQLite one too. A test checks that
/// no configuration of the assembly is missing from this list.
/// </summary>
internal static class ModelConfigurations
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        // The instance store.
        modelBuilder.ApplyConfiguration(new InstanceConfiguration());
        modelBuilder.ApplyConfiguration(new StepStateConfiguration());
        modelBuilder.ApplyConfiguration(new JournalConfiguration());
        modelBuilder.ApplyConfiguration(new BookmarkConfiguration());
        modelBuilder.ApplyConfiguration(new TimerConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxConfiguration());
        modelBuilder.ApplyConfiguration(new IncidentConfiguration());

        // The side stores and the tool data store.
        modelBuilder.ApplyConfiguration(new DefinitionVersionConfiguration());
        modelBuilder.ApplyConfiguration(new DispositionConfiguration());
        modelBuilder.ApplyConfiguration(new RecommendationConfiguration());
        modelBuilder.ApplyConfiguration(new ResponseConfiguration());
        modelBuilder.ApplyConfiguration(new DecisionConfiguration());
        modelBuilder.ApplyConfiguration(new DecisionStatusConfiguration());
        modelBuilder.ApplyConfiguration(new CodebookThemeConfiguration());
        modelBuilder.ApplyConfiguration(new CodingConfiguration());
        modelBuilder.ApplyConfiguration(new CodingSampleConfiguration());
        modelBuilder.ApplyConfiguration(new ReportVersionConfiguration());
        modelBuilder.ApplyConfiguration(new ReportReviewCommentConfiguration());
        modelBuilder.ApplyConfiguration(new FeedbackSubscriptionConfiguration());
        modelBuilder.ApplyConfiguration(new FeedbackDeliveryConfiguration());
        modelBuilder.ApplyConfiguration(new RetentionConfiguration());
        modelBuilder.ApplyConfiguration(new KeptAggregateConfiguration());
        modelBuilder.ApplyConfiguration(new DeletionCodeConfiguration());
        modelBuilder.ApplyConfiguration(new CommuneConfiguration());
        modelBuilder.ApplyConfiguration(new ToolRecordConfiguration());
        modelBuilder.ApplyConfiguration(new ToolInputConfiguration());
    }
}
