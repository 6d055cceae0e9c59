using ConsultEngine.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsultEngine.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The aggregate cells analysis answers from (Tools/Aggregates). Written out here, not generated: the
    /// tables are read and written by plain statements only (no entity in the model), and a migration must
    /// not change when the code does.
    /// </summary>
    [DbContext(typeof(SqliteConsultDbContext))]
    [Migration("20261205210000_InputAggregates")]
    public partial class InputAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "input_aggregate_steps" (
                    "instance_id" TEXT NOT NULL,
                    "step_id" TEXT NOT NULL,
                    "plan" TEXT NOT NULL,
                    "through_sequence" INTEGER NOT NULL,
                    PRIMARY KEY ("instance_id", "step_id")) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "input_aggregate_cells" (
                    "instance_id" TEXT NOT NULL,
                    "step_id" TEXT NOT NULL,
                    "cell" TEXT NOT NULL,
                    "count" INTEGER NOT NULL,
                    PRIMARY KEY ("instance_id", "step_id", "cell")) WITHOUT ROWID;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "input_aggregate_cells";""");
            migrationBuilder.Sql("""DROP TABLE "input_aggregate_steps";""");
        }
    }
}
