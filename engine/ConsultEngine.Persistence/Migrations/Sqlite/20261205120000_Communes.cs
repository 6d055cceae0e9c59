using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsultEngine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Communes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "commune",
                table: "tool_inputs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "commune_code",
                table: "tool_inputs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "communes",
                columns: table => new
                {
                    province_code = table.Column<string>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    imported_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_communes", x => new { x.province_code, x.code });
                });

            migrationBuilder.CreateIndex(
                name: "ix_communes_province_code_position",
                table: "communes",
                columns: new[] { "province_code", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "communes");

            migrationBuilder.DropColumn(
                name: "commune",
                table: "tool_inputs");

            migrationBuilder.DropColumn(
                name: "commune_code",
                table: "tool_inputs");
        }
    }
}
