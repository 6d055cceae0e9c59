using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsultEngine.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UniqueKeysHeldByWriter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tool_inputs_unique_key",
                table: "tool_inputs");

            // The ingestion writer keeps unique keys in memory (UniqueKeyRegistry). It reads other
            // writers' appends by sequence; any other change of a key's holder raises this epoch,
            // and the writer then reloads. Written out here, not generated: EF Core has no model
            // for triggers, and a migration must not change when the code does.
            migrationBuilder.Sql("""
                CREATE TABLE "tool_input_key_epoch" (
                    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
                    "epoch" INTEGER NOT NULL);
                """);
            migrationBuilder.Sql("""INSERT INTO "tool_input_key_epoch" ("id", "epoch") VALUES (1, 0);""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "tool_inputs_key_holder_updated" AFTER UPDATE OF "flags", "unique_key", "instance_id", "step_id" ON "tool_inputs"
                WHEN (OLD."unique_key" IS NOT NULL OR NEW."unique_key" IS NOT NULL)
                    AND ((OLD."flags" & 4) <> (NEW."flags" & 4) OR OLD."unique_key" IS NOT NEW."unique_key"
                        OR OLD."instance_id" <> NEW."instance_id" OR OLD."step_id" <> NEW."step_id")
                BEGIN
                    UPDATE "tool_input_key_epoch" SET "epoch" = "epoch" + 1 WHERE "id" = 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "tool_inputs_key_holder_deleted" AFTER DELETE ON "tool_inputs"
                WHEN OLD."unique_key" IS NOT NULL
                BEGIN
                    UPDATE "tool_input_key_epoch" SET "epoch" = "epoch" + 1 WHERE "id" = 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "tool_inputs_key_holder_deleted";""");
            migrationBuilder.Sql("""DROP TRIGGER "tool_inputs_key_holder_updated";""");
            migrationBuilder.Sql("""DROP TABLE "tool_input_key_epoch";""");
            migrationBuilder.CreateIndex(
                name: "ix_tool_inputs_unique_key",
                table: "tool_inputs",
                columns: new[] { "instance_id", "step_id", "unique_key" },
                unique: true,
                filter: "\"unique_key\" IS NOT NULL AND (\"flags\" & 4) = 0");
        }
    }
}
