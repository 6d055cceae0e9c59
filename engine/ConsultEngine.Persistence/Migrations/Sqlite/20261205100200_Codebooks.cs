using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsultEngine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Codebooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "codebook_codings",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    opinion_id = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", nullable: false),
                    theme_ids_json = table.Column<string>(type: "TEXT", nullable: false),
                    coder = table.Column<string>(type: "TEXT", nullable: false),
                    coded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_codebook_codings", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "codebook_sample",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    opinion_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    seed = table.Column<int>(type: "INTEGER", nullable: false),
                    drawn_by = table.Column<string>(type: "TEXT", nullable: false),
                    drawn_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_codebook_sample", x => new { x.instance_id, x.opinion_id });
                });

            migrationBuilder.CreateTable(
                name: "codebook_themes",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    label_vi = table.Column<string>(type: "TEXT", nullable: false),
                    label_en = table.Column<string>(type: "TEXT", nullable: false),
                    description_vi = table.Column<string>(type: "TEXT", nullable: true),
                    description_en = table.Column<string>(type: "TEXT", nullable: true),
                    parent_id = table.Column<string>(type: "TEXT", nullable: true),
                    imported_from = table.Column<string>(type: "TEXT", nullable: true),
                    updated_by = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_codebook_themes", x => new { x.instance_id, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_codebook_codings_instance_id_role_opinion_id_sequence",
                table: "codebook_codings",
                columns: new[] { "instance_id", "role", "opinion_id", "sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "codebook_codings");

            migrationBuilder.DropTable(
                name: "codebook_sample");

            migrationBuilder.DropTable(
                name: "codebook_themes");
        }
    }
}
