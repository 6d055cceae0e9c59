using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsultEngine.Web.StaffConsole.Assignments.Migrations
{
    /// <inheritdoc />
    public partial class ToolStepAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "console_tool_step_assignments",
                columns: table => new
                {
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_console_tool_step_assignments", x => new { x.InstanceId, x.StepId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_console_tool_step_assignments_Organisation",
                table: "console_tool_step_assignments",
                column: "Organisation");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "console_tool_step_assignments");
        }
    }
}
