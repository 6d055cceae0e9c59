using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsultEngine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalDataRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "privacy_deletion_codes",
                columns: table => new
                {
                    code_hash = table.Column<string>(type: "TEXT", nullable: false),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    step_id = table.Column<string>(type: "TEXT", nullable: false),
                    input_ids_json = table.Column<string>(type: "TEXT", nullable: false),
                    identifier_hash = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    used_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_deletion_codes", x => x.code_hash);
                });

            migrationBuilder.CreateTable(
                name: "privacy_kept_aggregates",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    aggregate_json = table.Column<string>(type: "TEXT", nullable: false),
                    kept_at = table.Column<long>(type: "INTEGER", nullable: false),
                    erased_at = table.Column<long>(type: "INTEGER", nullable: true),
                    counts_json = table.Column<string>(type: "TEXT", nullable: true),
                    journaled_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_kept_aggregates", x => x.instance_id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_retention",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    months = table.Column<int>(type: "INTEGER", nullable: false),
                    set_by = table.Column<string>(type: "TEXT", nullable: false),
                    set_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_retention", x => x.instance_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_privacy_deletion_codes_instance_id",
                table: "privacy_deletion_codes",
                column: "instance_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "privacy_deletion_codes");

            migrationBuilder.DropTable(
                name: "privacy_kept_aggregates");

            migrationBuilder.DropTable(
                name: "privacy_retention");
        }
    }
}
