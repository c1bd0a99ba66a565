using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bridgework.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HiringOffer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HiringSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponseDays = table.Column<int>(type: "integer", nullable: false),
                    Holidays = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RetentionYears = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HiringSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Offer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProposedStartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    HourlyPay = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    OfferText = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    MadeAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CheckResult = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CheckReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NatureAndGravity = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TimePassed = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    JobDuties = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Mitigation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AssessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NoticeText = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    NoticeSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResponseDays = table.Column<int>(type: "integer", nullable: true),
                    ResponseDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CandidateResponse = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ResponseReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DecisionReasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    HiredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offer_JobApplication_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "JobApplication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Offer_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfferStep",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ById = table.Column<Guid>(type: "uuid", nullable: true),
                    By = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferStep", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferStep_Offer_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HiringSettings_CoalitionId",
                table: "HiringSettings",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Offer_ApplicationId",
                table: "Offer",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Offer_CoalitionId",
                table: "Offer",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Offer_CoalitionId_ResponseDueOn",
                table: "Offer",
                columns: new[] { "CoalitionId", "ResponseDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Offer_StaffMemberId",
                table: "Offer",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferStep_CoalitionId",
                table: "OfferStep",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferStep_OfferId_At",
                table: "OfferStep",
                columns: new[] { "OfferId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HiringSettings");

            migrationBuilder.DropTable(
                name: "OfferStep");

            migrationBuilder.DropTable(
                name: "Offer");
        }
    }
}
