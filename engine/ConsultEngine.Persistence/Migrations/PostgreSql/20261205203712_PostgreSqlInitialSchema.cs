using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ConsultEngine.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PostgreSqlInitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "codebook_codings",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opinion_id = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    theme_ids_json = table.Column<string>(type: "text", nullable: false),
                    coder = table.Column<string>(type: "text", nullable: false),
                    coded_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_codebook_codings", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "codebook_sample",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opinion_id = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    seed = table.Column<int>(type: "integer", nullable: false),
                    drawn_by = table.Column<string>(type: "text", nullable: false),
                    drawn_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_codebook_sample", x => new { x.instance_id, x.opinion_id });
                });

            migrationBuilder.CreateTable(
                name: "codebook_themes",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    label_vi = table.Column<string>(type: "text", nullable: false),
                    label_en = table.Column<string>(type: "text", nullable: false),
                    description_vi = table.Column<string>(type: "text", nullable: true),
                    description_en = table.Column<string>(type: "text", nullable: true),
                    parent_id = table.Column<string>(type: "text", nullable: true),
                    imported_from = table.Column<string>(type: "text", nullable: true),
                    updated_by = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_codebook_themes", x => new { x.instance_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "communes",
                columns: table => new
                {
                    province_code = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    imported_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_communes", x => new { x.province_code, x.code });
                });

            migrationBuilder.CreateTable(
                name: "definition_versions",
                columns: table => new
                {
                    definition_id = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    base_id = table.Column<string>(type: "text", nullable: true),
                    base_version = table.Column<int>(type: "integer", nullable: true),
                    title_vi = table.Column<string>(type: "text", nullable: true),
                    title_en = table.Column<string>(type: "text", nullable: true),
                    json = table.Column<string>(type: "text", nullable: false),
                    revision = table.Column<long>(type: "bigint", nullable: false),
                    based_on_version = table.Column<int>(type: "integer", nullable: true),
                    origin = table.Column<string>(type: "text", nullable: true),
                    created_by = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    saved_by = table.Column<string>(type: "text", nullable: false),
                    saved_at = table.Column<long>(type: "bigint", nullable: false),
                    published_by = table.Column<string>(type: "text", nullable: true),
                    published_at = table.Column<long>(type: "bigint", nullable: true),
                    retired_by = table.Column<string>(type: "text", nullable: true),
                    retired_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_definition_versions", x => new { x.definition_id, x.version });
                });

            migrationBuilder.CreateTable(
                name: "feedback_deliveries",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: false),
                    emails = table.Column<int>(type: "integer", nullable: false),
                    phones = table.Column<int>(type: "integer", nullable: false),
                    queued_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_deliveries", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "feedback_subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: false),
                    channel = table.Column<string>(type: "text", nullable: false),
                    contact = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    token = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_subscriptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "instances",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_id = table.Column<string>(type: "text", nullable: false),
                    definition_version = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    variables_json = table.Column<string>(type: "text", nullable: false),
                    phase_index = table.Column<int>(type: "integer", nullable: false),
                    phase_open_steps = table.Column<int>(type: "integer", nullable: false),
                    phase_open_routes = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<long>(type: "bigint", nullable: false),
                    journal_length = table.Column<long>(type: "bigint", nullable: false),
                    journal_head = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_deletion_codes",
                columns: table => new
                {
                    code_hash = table.Column<string>(type: "text", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: false),
                    input_ids_json = table.Column<string>(type: "text", nullable: false),
                    identifier_hash = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    used_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_deletion_codes", x => x.code_hash);
                });

            migrationBuilder.CreateTable(
                name: "privacy_kept_aggregates",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    aggregate_json = table.Column<string>(type: "text", nullable: false),
                    kept_at = table.Column<long>(type: "bigint", nullable: false),
                    erased_at = table.Column<long>(type: "bigint", nullable: true),
                    counts_json = table.Column<string>(type: "text", nullable: true),
                    journaled_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_kept_aggregates", x => x.instance_id);
                });

            migrationBuilder.CreateTable(
                name: "privacy_retention",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    months = table.Column<int>(type: "integer", nullable: false),
                    set_by = table.Column<string>(type: "text", nullable: false),
                    set_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_retention", x => x.instance_id);
                });

            migrationBuilder.CreateTable(
                name: "register_decision_statuses",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    resolution_number = table.Column<string>(type: "text", nullable: true),
                    resolution_date = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "text", nullable: true),
                    changed_by = table.Column<string>(type: "text", nullable: false),
                    changed_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_decision_statuses", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "register_decisions",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    recommendation_ids_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    resolution_number = table.Column<string>(type: "text", nullable: true),
                    resolution_date = table.Column<DateOnly>(type: "date", nullable: true),
                    revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_decisions", x => new { x.instance_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "register_dispositions",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opinion_id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    explanation = table.Column<string>(type: "text", nullable: true),
                    group_id = table.Column<string>(type: "text", nullable: true),
                    recommendation_id = table.Column<string>(type: "text", nullable: true),
                    decision_id = table.Column<string>(type: "text", nullable: true),
                    recorded_by = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_dispositions", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "register_recommendations",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    addressed_to = table.Column<string>(type: "text", nullable: true),
                    evidence_themes_json = table.Column<string>(type: "text", nullable: false),
                    evidence_inputs_json = table.Column<string>(type: "text", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_by = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false),
                    revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_recommendations", x => new { x.instance_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "register_responses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recommendation_id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    responder = table.Column<string>(type: "text", nullable: true),
                    recorded_by = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_responses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "report_review_comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    section_id = table.Column<string>(type: "text", nullable: false),
                    author = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    resolved = table.Column<bool>(type: "boolean", nullable: false),
                    resolved_by = table.Column<string>(type: "text", nullable: true),
                    resolved_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_review_comments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "report_versions",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    status_changed_by = table.Column<string>(type: "text", nullable: false),
                    status_changed_at = table.Column<long>(type: "bigint", nullable: false),
                    basis_json = table.Column<string>(type: "text", nullable: false),
                    outline_json = table.Column<string>(type: "text", nullable: false),
                    section_ids_json = table.Column<string>(type: "text", nullable: false),
                    docx = table.Column<byte[]>(type: "bytea", nullable: false),
                    html = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_versions", x => new { x.instance_id, x.number });
                });

            migrationBuilder.CreateTable(
                name: "tool_inputs",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: false),
                    tool = table.Column<string>(type: "text", nullable: false),
                    channel = table.Column<string>(type: "text", nullable: false),
                    collector = table.Column<string>(type: "text", nullable: true),
                    province = table.Column<string>(type: "text", nullable: true),
                    commune = table.Column<string>(type: "text", nullable: true),
                    commune_code = table.Column<string>(type: "text", nullable: true),
                    district = table.Column<string>(type: "text", nullable: true),
                    gender = table.Column<string>(type: "text", nullable: true),
                    age_band = table.Column<string>(type: "text", nullable: true),
                    ethnicity = table.Column<string>(type: "text", nullable: true),
                    occupation = table.Column<string>(type: "text", nullable: true),
                    subject = table.Column<string>(type: "text", nullable: true),
                    answers_json = table.Column<string>(type: "text", nullable: true),
                    text = table.Column<string>(type: "text", nullable: true),
                    themes_json = table.Column<string>(type: "text", nullable: false),
                    flags = table.Column<int>(type: "integer", nullable: false),
                    unique_key = table.Column<string>(type: "text", nullable: true),
                    submitted_at = table.Column<long>(type: "bigint", nullable: false),
                    recorded_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tool_inputs", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "tool_records",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: false),
                    collection = table.Column<string>(type: "text", nullable: false),
                    key = table.Column<string>(type: "text", nullable: false),
                    value_json = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tool_records", x => new { x.instance_id, x.step_id, x.collection, x.key });
                });

            migrationBuilder.CreateTable(
                name: "bookmarks",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: false),
                    iteration = table.Column<int>(type: "integer", nullable: false),
                    step_type = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    due_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookmarks", x => new { x.instance_id, x.step_id });
                    table.ForeignKey(
                        name: "fk_bookmarks_instances_instance_id",
                        column: x => x.instance_id,
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    message = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<long>(type: "bigint", nullable: false),
                    resolved_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidents", x => x.id);
                    table.ForeignKey(
                        name: "fk_incidents_instances_instance_id",
                        column: x => x.instance_id,
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "journal_entries",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<long>(type: "bigint", nullable: false),
                    @event = table.Column<string>(name: "event", type: "text", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: true),
                    iteration = table.Column<int>(type: "integer", nullable: true),
                    actor = table.Column<string>(type: "text", nullable: true),
                    data_json = table.Column<string>(type: "text", nullable: true),
                    previous_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal_entries", x => new { x.instance_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_journal_entries_instances_instance_id",
                        column: x => x.instance_id,
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false),
                    payload_json = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    dispatched_at = table.Column<long>(type: "bigint", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<long>(type: "bigint", nullable: true),
                    last_error = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    dead_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_outbox_messages_instances_instance_id",
                        column: x => x.instance_id,
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "step_states",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    iteration = table.Column<int>(type: "integer", nullable: false),
                    released = table.Column<bool>(type: "boolean", nullable: false),
                    outcome = table.Column<string>(type: "text", nullable: true),
                    output_json = table.Column<string>(type: "text", nullable: true),
                    actor = table.Column<string>(type: "text", nullable: true),
                    activated_at = table.Column<long>(type: "bigint", nullable: true),
                    due_at = table.Column<long>(type: "bigint", nullable: true),
                    completed_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_step_states", x => new { x.instance_id, x.step_id });
                    table.ForeignKey(
                        name: "fk_step_states_instances_instance_id",
                        column: x => x.instance_id,
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "timers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step_id = table.Column<string>(type: "text", nullable: false),
                    iteration = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    due_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timers", x => x.id);
                    table.ForeignKey(
                        name: "fk_timers_instances_instance_id",
                        column: x => x.instance_id,
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bookmarks_role_created_at",
                table: "bookmarks",
                columns: new[] { "role", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_codebook_codings_instance_id_role_opinion_id_sequence",
                table: "codebook_codings",
                columns: new[] { "instance_id", "role", "opinion_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_communes_province_code_position",
                table: "communes",
                columns: new[] { "province_code", "position" });

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

            migrationBuilder.CreateIndex(
                name: "ix_incidents_instance_id_at",
                table: "incidents",
                columns: new[] { "instance_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_open",
                table: "incidents",
                column: "at",
                filter: "\"resolved_at\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_instance_id",
                table: "outbox_messages",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_undispatched",
                table: "outbox_messages",
                column: "created_at",
                filter: "\"dispatched_at\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_privacy_deletion_codes_instance_id",
                table: "privacy_deletion_codes",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_register_decision_statuses_instance_id_decision_id_sequence",
                table: "register_decision_statuses",
                columns: new[] { "instance_id", "decision_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_register_dispositions_instance_id_opinion_id_sequence",
                table: "register_dispositions",
                columns: new[] { "instance_id", "opinion_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_register_responses_instance_id_recommendation_id",
                table: "register_responses",
                columns: new[] { "instance_id", "recommendation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_report_review_comments_instance_id_section_id_version_number",
                table: "report_review_comments",
                columns: new[] { "instance_id", "section_id", "version_number" });

            migrationBuilder.CreateIndex(
                name: "ix_timers_due_at",
                table: "timers",
                column: "due_at");

            migrationBuilder.CreateIndex(
                name: "ix_timers_instance_id_step_id",
                table: "timers",
                columns: new[] { "instance_id", "step_id" });

            migrationBuilder.CreateIndex(
                name: "ix_tool_inputs_id",
                table: "tool_inputs",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tool_inputs_instance_id_step_id_sequence",
                table: "tool_inputs",
                columns: new[] { "instance_id", "step_id", "sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bookmarks");

            migrationBuilder.DropTable(
                name: "codebook_codings");

            migrationBuilder.DropTable(
                name: "codebook_sample");

            migrationBuilder.DropTable(
                name: "codebook_themes");

            migrationBuilder.DropTable(
                name: "communes");

            migrationBuilder.DropTable(
                name: "definition_versions");

            migrationBuilder.DropTable(
                name: "feedback_deliveries");

            migrationBuilder.DropTable(
                name: "feedback_subscriptions");

            migrationBuilder.DropTable(
                name: "incidents");

            migrationBuilder.DropTable(
                name: "journal_entries");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "privacy_deletion_codes");

            migrationBuilder.DropTable(
                name: "privacy_kept_aggregates");

            migrationBuilder.DropTable(
                name: "privacy_retention");

            migrationBuilder.DropTable(
                name: "register_decision_statuses");

            migrationBuilder.DropTable(
                name: "register_decisions");

            migrationBuilder.DropTable(
                name: "register_dispositions");

            migrationBuilder.DropTable(
                name: "register_recommendations");

            migrationBuilder.DropTable(
                name: "register_responses");

            migrationBuilder.DropTable(
                name: "report_review_comments");

            migrationBuilder.DropTable(
                name: "report_versions");

            migrationBuilder.DropTable(
                name: "step_states");

            migrationBuilder.DropTable(
                name: "timers");

            migrationBuilder.DropTable(
                name: "tool_inputs");

            migrationBuilder.DropTable(
                name: "tool_records");

            migrationBuilder.DropTable(
                name: "instances");
        }
    }
}
