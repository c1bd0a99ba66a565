using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bridgework.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TrainingGrowth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TargetLevel",
                table: "Competency",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Proficient");

            migrationBuilder.CreateTable(
                name: "FeedbackReceipt",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupervisorStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackReceipt", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackReceipt_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackReceipt_StaffMember_SupervisorStaffId",
                        column: x => x.SupervisorStaffId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionEvaluation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Useful = table.Column<int>(type: "integer", nullable: false),
                    Recommend = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionEvaluation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionEvaluation_Course_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Course",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionEvaluation_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionEvaluation_TrainingSession_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupervisorStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    MakesTime = table.Column<int>(type: "integer", nullable: false),
                    HardCases = table.Column<int>(type: "integer", nullable: false),
                    LivedExperience = table.Column<int>(type: "integer", nullable: false),
                    Wellbeing = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionFeedback_StaffMember_SupervisorStaffId",
                        column: x => x.SupervisorStaffId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionMeeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupervisorStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Strengths = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    GrowthAreas = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionMeeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionMeeting_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupervisionMeeting_StaffMember_SupervisorStaffId",
                        column: x => x.SupervisorStaffId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReflectiveNote",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectiveNote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReflectiveNote_SupervisionMeeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "SupervisionMeeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionAction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Owner = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedAtMeetingId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionAction_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupervisionAction_SupervisionMeeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "SupervisionMeeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackReceipt_CoalitionId",
                table: "FeedbackReceipt",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackReceipt_StaffMemberId_SupervisorStaffId_Year_Quarter",
                table: "FeedbackReceipt",
                columns: new[] { "StaffMemberId", "SupervisorStaffId", "Year", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackReceipt_SupervisorStaffId",
                table: "FeedbackReceipt",
                column: "SupervisorStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveNote_CoalitionId",
                table: "ReflectiveNote",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveNote_MeetingId_Area",
                table: "ReflectiveNote",
                columns: new[] { "MeetingId", "Area" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionEvaluation_CoalitionId",
                table: "SessionEvaluation",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionEvaluation_CoalitionId_CourseId",
                table: "SessionEvaluation",
                columns: new[] { "CoalitionId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionEvaluation_CourseId",
                table: "SessionEvaluation",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionEvaluation_SessionId_StaffMemberId",
                table: "SessionEvaluation",
                columns: new[] { "SessionId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionEvaluation_StaffMemberId",
                table: "SessionEvaluation",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionAction_CoalitionId",
                table: "SupervisionAction",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionAction_MeetingId",
                table: "SupervisionAction",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionAction_StaffMemberId_ClosedOn",
                table: "SupervisionAction",
                columns: new[] { "StaffMemberId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionFeedback_CoalitionId",
                table: "SupervisionFeedback",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionFeedback_CoalitionId_SupervisorStaffId_Year_Quar~",
                table: "SupervisionFeedback",
                columns: new[] { "CoalitionId", "SupervisorStaffId", "Year", "Quarter" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionFeedback_SupervisorStaffId",
                table: "SupervisionFeedback",
                column: "SupervisorStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionMeeting_CoalitionId",
                table: "SupervisionMeeting",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionMeeting_StaffMemberId_HeldOn",
                table: "SupervisionMeeting",
                columns: new[] { "StaffMemberId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionMeeting_SupervisorStaffId_HeldOn",
                table: "SupervisionMeeting",
                columns: new[] { "SupervisorStaffId", "HeldOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackReceipt");

            migrationBuilder.DropTable(
                name: "ReflectiveNote");

            migrationBuilder.DropTable(
                name: "SessionEvaluation");

            migrationBuilder.DropTable(
                name: "SupervisionAction");

            migrationBuilder.DropTable(
                name: "SupervisionFeedback");

            migrationBuilder.DropTable(
                name: "SupervisionMeeting");

            migrationBuilder.DropColumn(
                name: "TargetLevel",
                table: "Competency");
        }
    }
}
