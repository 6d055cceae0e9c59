using ConsultEngine.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConsultEngine.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Row claims for several nodes on one database: a due timer and an outbox message carry the node
    /// that took them and until when (a lease), so no two nodes fire or send the same one and a crashed
    /// node's claim lapses. Written out here, without a designer file: the model snapshot carries the model.
    /// </summary>
    [DbContext(typeof(SqliteConsultDbContext))]
    [Migration("20261206002000_RowClaims")]
    public partial class RowClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "timers", "outbox_messages" })
            {
                migrationBuilder.AddColumn<string>(
                    name: "claimed_by",
                    table: table,
                    type: "TEXT",
                    maxLength: 100,
                    nullable: true);

                migrationBuilder.AddColumn<long>(
                    name: "claimed_until",
                    table: table,
                    type: "INTEGER",
                    nullable: true);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "timers", "outbox_messages" })
            {
                migrationBuilder.DropColumn(name: "claimed_by", table: table);
                migrationBuilder.DropColumn(name: "claimed_until", table: table);
            }
        }
    }
}
