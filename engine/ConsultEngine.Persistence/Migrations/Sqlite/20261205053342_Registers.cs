using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsultEngine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Registers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "register_decision_statuses",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    decision_id = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    resolution_number = table.Column<string>(type: "TEXT", nullable: true),
                    resolution_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", nullable: true),
                    changed_by = table.Column<string>(type: "TEXT", nullable: false),
                    changed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_decision_statuses", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "register_decisions",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    recommendation_ids_json = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    resolution_number = table.Column<string>(type: "TEXT", nullable: true),
                    resolution_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_decisions", x => new { x.instance_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "register_dispositions",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    opinion_id = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    explanation = table.Column<string>(type: "TEXT", nullable: true),
                    group_id = table.Column<string>(type: "TEXT", nullable: true),
                    recommendation_id = table.Column<string>(type: "TEXT", nullable: true),
                    decision_id = table.Column<string>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_dispositions", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "register_recommendations",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    addressed_to = table.Column<string>(type: "TEXT", nullable: true),
                    evidence_themes_json = table.Column<string>(type: "TEXT", nullable: false),
                    evidence_inputs_json = table.Column<string>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_recommendations", x => new { x.instance_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "register_responses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recommendation_id = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    responder = table.Column<string>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_responses", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_register_decision_statuses_instance_id_decision_id_sequence",
                table: "register_decision_statuses",
                columns: new[] { "instance_id", "decision_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_register_dispositions_instance_id_opinion_id_sequence",
                table: "register_dispositions",
                columns: new[] { "instance_id", "opinion_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_register_responses_instance_id_recommendation_id",
                table: "register_responses",
                columns: new[] { "instance_id", "recommendation_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "register_decision_statuses");

            migrationBuilder.DropTable(
                name: "register_decisions");

            migrationBuilder.DropTable(
                name: "register_dispositions");

            migrationBuilder.DropTable(
                name: "register_recommendations");

            migrationBuilder.DropTable(
                name: "register_responses");
        }
    }
}
