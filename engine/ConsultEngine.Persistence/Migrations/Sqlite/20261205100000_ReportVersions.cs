using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsultEngine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_review_comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_number = table.Column<int>(type: "INTEGER", nullable: false),
                    section_id = table.Column<string>(type: "TEXT", nullable: false),
                    author = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    resolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    resolved_by = table.Column<string>(type: "TEXT", nullable: true),
                    resolved_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_review_comments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "report_versions",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    language = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status_changed_by = table.Column<string>(type: "TEXT", nullable: false),
                    status_changed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    basis_json = table.Column<string>(type: "TEXT", nullable: false),
                    outline_json = table.Column<string>(type: "TEXT", nullable: false),
                    section_ids_json = table.Column<string>(type: "TEXT", nullable: false),
                    docx = table.Column<byte[]>(type: "BLOB", nullable: false),
                    html = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_versions", x => new { x.instance_id, x.number });
                });

            migrationBuilder.CreateIndex(
                name: "ix_report_review_comments_instance_id_section_id_version_number",
                table: "report_review_comments",
                columns: new[] { "instance_id", "section_id", "version_number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_review_comments");

            migrationBuilder.DropTable(
                name: "report_versions");
        }
    }
}
