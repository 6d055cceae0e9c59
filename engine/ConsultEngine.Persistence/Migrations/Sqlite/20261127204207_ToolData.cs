using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsultEngine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ToolData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tool_inputs",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    step_id = table.Column<string>(type: "TEXT", nullable: false),
                    tool = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    collector = table.Column<string>(type: "TEXT", nullable: true),
                    province = table.Column<string>(type: "TEXT", nullable: true),
                    district = table.Column<string>(type: "TEXT", nullable: true),
                    gender = table.Column<string>(type: "TEXT", nullable: true),
                    age_band = table.Column<string>(type: "TEXT", nullable: true),
                    ethnicity = table.Column<string>(type: "TEXT", nullable: true),
                    occupation = table.Column<string>(type: "TEXT", nullable: true),
                    subject = table.Column<string>(type: "TEXT", nullable: true),
                    answers_json = table.Column<string>(type: "TEXT", nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: true),
                    themes_json = table.Column<string>(type: "TEXT", nullable: false),
                    flags = table.Column<int>(type: "INTEGER", nullable: false),
                    unique_key = table.Column<string>(type: "TEXT", nullable: true),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tool_inputs", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "tool_records",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    step_id = table.Column<string>(type: "TEXT", nullable: false),
                    collection = table.Column<string>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    value_json = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tool_records", x => new { x.instance_id, x.step_id, x.collection, x.key });
                });

            migrationBuilder.CreateIndex(
                name: "ix_tool_inputs_id",
                table: "tool_inputs",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tool_inputs_instance_id_step_id_sequence",
                table: "tool_inputs",
                columns: new[] { "instance_id", "step_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_tool_inputs_unique_key",
                table: "tool_inputs",
                columns: new[] { "instance_id", "step_id", "unique_key" },
                unique: true,
                filter: "\"unique_key\" IS NOT NULL AND (\"flags\" & 4) = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tool_inputs");

            migrationBuilder.DropTable(
                name: "tool_records");
        }
    }
}
