using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsultEngine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FeedbackSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "feedback_deliveries",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    step_id = table.Column<string>(type: "TEXT", nullable: false),
                    emails = table.Column<int>(type: "INTEGER", nullable: false),
                    phones = table.Column<int>(type: "INTEGER", nullable: false),
                    queued_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_deliveries", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "feedback_subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    step_id = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    contact = table.Column<string>(type: "TEXT", nullable: false),
                    language = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    token = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_subscriptions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_deliveries_instance_id",
                table: "feedback_deliveries",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_subscriptions_instance_id",
                table: "feedback_subscriptions",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_subscriptions_token",
                table: "feedback_subscriptions",
                column: "token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feedback_deliveries");

            migrationBuilder.DropTable(
                name: "feedback_subscriptions");
        }
    }
}
