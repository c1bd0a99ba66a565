namespace Bridgework.Web.Features.People.Demo;

/// <summary>
/// The fixed part of the demo network's people data: for each of the three demo coalitions, in the order
/// the platform seeds them, its member organizations and sites, its teams and the people whose names
/// matter (supervisors, the demo sign-ins). Workers are generated around them by <see cref="PeopleDemoSeeder"/>.
/// Every organization, person, address and phone number is made up; phone numbers use the 555-01xx range
/// reserved for fiction, and e-mail and web addresses end in the reserved ".example" domain.
/// </summary>
internal static class PeopleDemoData
{
    public static readonly IReadOnlyList<Region> Regions =
    [
        // Valle Central Whole Person Care Coalition: Fresno, Madera, Tulare and Kings counties.
        new Region(
            Organizations:
            [
                new("Valle Central Health System", OrganizationKind.PublicHealthCareSystem, "vallecentralhealth", "559",
                [
                    new("Central Fresno Medical Campus", "1455 E Ventura Ave", "Fresno", "Fresno", "93721"),
                    new("Southeast Fresno Community Clinic", "4720 E Kings Canyon Rd", "Fresno", "Fresno", "93702"),
                    new("Sanger Family Health Center", "1830 Academy Ave", "Sanger", "Fresno", "93657"),
                ]),
                new("Sierra Foothills Behavioral Health", OrganizationKind.BehavioralHealthProvider, "sierrafoothillsbh", "559",
                [
                    new("Fresno Wellness and Recovery Center", "3150 N Blackstone Ave", "Fresno", "Fresno", "93703"),
                    new("Madera Peer Drop-In Center", "214 E Yosemite Ave", "Madera", "Madera", "93638"),
                ]),
                new("CalValley Community Health Plan", OrganizationKind.MediCalManagedCarePlan, "calvalleyplan", "559",
                [
                    new("Member Services Office", "7045 N Fruit Ave", "Fresno", "Fresno", "93711"),
                ]),
                new("Kaweah Family and Housing Services", OrganizationKind.SocialServiceOrganization, "kaweahfamily", "559",
                [
                    new("Visalia Service Center", "309 W Main St", "Visalia", "Tulare", "93291"),
                    new("Hanford Family Resource Center", "1120 N 11th Ave", "Hanford", "Kings", "93230"),
                ]),
                new("Promotores Unidos del Valle", OrganizationKind.CommunityBasedOrganization, "promotoresunidos", "559",
                [
                    new("Centro Comunitario Reedley", "1050 G St", "Reedley", "Fresno", "93654"),
                    new("Huron Outreach Office", "36480 O St", "Huron", "Fresno", "93234"),
                ]),
                new("Fresno Hmong Family Wellness Alliance", OrganizationKind.CommunityBasedOrganization, "hmongwellness", "559",
                [
                    new("Butler Avenue Community Center", "4230 E Butler Ave", "Fresno", "Fresno", "93702"),
                ]),
            ],
            Teams:
            [
                new("Central Fresno ECM Care Team",
                    "Enhanced Care Management for adults with complex health and social needs in central and southeast Fresno: community health workers and promotoras working beside a nurse care manager and a primary care physician.",
                    Organization: 0,
                    Supervisor: new("Marcus", "Bell", null, "he/him", JobFamily.Supervisor, "CHW Program Supervisor", ["en:Native", "es:Conversational"], 6, DemoEmail: "supervisor@demo.test"),
                    Workers: [(JobFamily.CommunityHealthWorker, 7), (JobFamily.Promotora, 4)],
                    WorkerOrganizations: [0, 0, 0, 5],
                    Named:
                    [
                        new("Guadalupe", "Herrera", "Lupe", "she/her", JobFamily.Promotora, "Promotora de Salud II", ["es:Native", "mix:Fluent", "en:Conversational"], 3,
                            DemoEmail: "worker@demo.test", Lived: [LivedExperienceArea.Immigration, LivedExperienceArea.Caregiving, LivedExperienceArea.ChronicIllness]),
                        new("Priya", "Raman", null, "she/her", JobFamily.ClinicalTeamMember, "Primary Care Physician", ["en:Native", "es:Basic"], 5, DemoEmail: "clinician@demo.test"),
                        new("Lorena", "Pacheco", null, "she/her", JobFamily.ClinicalTeamMember, "Registered Nurse Care Manager", ["en:Native", "es:Fluent"], 7),
                    ]),
                new("Promotores del Valle: Rural Outreach",
                    "Door-to-door and community outreach in Reedley, Huron, Orange Cove and Parlier: Medi-Cal enrollment, diabetes and heart health education, and connection to care in Spanish, Mixteco and Triqui.",
                    Organization: 4,
                    Supervisor: new("Rosalinda", "Ochoa", "Rosy", "she/her", JobFamily.Supervisor, "Promotores Program Coordinator", ["es:Native", "en:Fluent"], 7),
                    Workers: [(JobFamily.Promotora, 8), (JobFamily.CommunityHealthWorker, 1)],
                    WorkerOrganizations: [4],
                    Named: []),
                new("Peer Recovery Support Team",
                    "Certified peer support specialists helping people in recovery from mental illness and substance use stay connected to treatment, housing and community.",
                    Organization: 1,
                    Supervisor: new("Dwayne", "Whitaker", null, "he/him", JobFamily.Supervisor, "Peer Services Supervisor", ["en:Native"], 5),
                    Workers: [(JobFamily.PeerSupportSpecialist, 6)],
                    WorkerOrganizations: [1],
                    Named:
                    [
                        new("Kevin", "Thao", null, "he/him", JobFamily.ClinicalTeamMember, "Licensed Clinical Social Worker", ["en:Native", "hmn:Fluent"], 4),
                    ]),
            ],
            Manager: new("Rosa", "Delgado", null, "she/her", JobFamily.Other, "Whole Person Care Program Manager", ["en:Native", "es:Native"], 8, DemoEmail: "coalition.admin@demo.test"),
            Unassigned: [(3, JobFamily.CommunityHealthWorker), (2, JobFamily.CommunityHealthWorker), (5, JobFamily.CommunityHealthWorker)],
            Heritage: [(Heritage.Latino, 60), (Heritage.Hmong, 13), (Heritage.Punjabi, 8), (Heritage.Black, 7), (Heritage.White, 9), (Heritage.Filipino, 3)],
            IndigenousMexicanShare: 0.2),

        // North Coast Care Collaborative: Humboldt, Del Norte, Mendocino and Lake counties.
        new Region(
            Organizations:
            [
                new("Redwood Coast Health System", OrganizationKind.PublicHealthCareSystem, "redwoodcoasthealth", "707",
                [
                    new("Eureka Health Campus", "530 Harris St", "Eureka", "Humboldt", "95503"),
                    new("Fortuna Community Clinic", "1450 Main St", "Fortuna", "Humboldt", "95540"),
                    new("Crescent City Satellite Clinic", "880 Northcrest Dr", "Crescent City", "Del Norte", "95531"),
                ]),
                new("Lost Coast Recovery and Wellness", OrganizationKind.BehavioralHealthProvider, "lostcoastrecovery", "707",
                [
                    new("Arcata Recovery Center", "1080 G St", "Arcata", "Humboldt", "95521"),
                    new("Ukiah Counseling Center", "415 S State St", "Ukiah", "Mendocino", "95482"),
                ]),
                new("Sequoia Coast Health Plan", OrganizationKind.MediCalManagedCarePlan, "sequoiacoastplan", "707",
                [
                    new("Regional Office", "910 Broadway", "Eureka", "Humboldt", "95501"),
                ]),
                new("North Coast Family Resource Network", OrganizationKind.SocialServiceOrganization, "ncfamilynetwork", "707",
                [
                    new("Fort Bragg Family Resource Center", "330 N Franklin St", "Fort Bragg", "Mendocino", "95437"),
                    new("Lakeport Service Center", "255 N Forbes St", "Lakeport", "Lake", "95453"),
                ]),
                new("Two Rivers Native Wellness Center", OrganizationKind.CommunityBasedOrganization, "tworiverswellness", "707",
                [
                    new("Klamath Wellness Office", "120 Klamath Blvd", "Klamath", "Del Norte", "95548"),
                    new("McKinleyville Community Office", "1656 Sutter Rd", "McKinleyville", "Humboldt", "95519"),
                ]),
                new("Mendocino Peer Alliance", OrganizationKind.CommunityBasedOrganization, "mendopeers", "707",
                [
                    new("Willits Peer Center", "41 N Main St", "Willits", "Mendocino", "95490"),
                ]),
            ],
            Teams:
            [
                new("Tribal Community Health Representatives",
                    "Community health representatives serving Native families along the Klamath and Trinity rivers: home visits, elder wellness checks, and rides to appointments.",
                    Organization: 4,
                    Supervisor: new("Shawna", "Jack", null, "she/her", JobFamily.Supervisor, "CHR Program Manager", ["en:Native"], 8),
                    Workers: [(JobFamily.CommunityHealthRepresentative, 8), (JobFamily.CommunityHealthWorker, 1)],
                    WorkerOrganizations: [4],
                    Named: []),
                new("Redwood Coast ECM Field Team",
                    "Community health workers and peers meeting members where they are, in shelters, motels and rural homes from Crescent City to Fortuna.",
                    Organization: 0,
                    Supervisor: new("Erin", "Sullivan", null, "she/her", JobFamily.Supervisor, "CHW Program Supervisor", ["en:Native", "es:Conversational"], 4),
                    Workers: [(JobFamily.CommunityHealthWorker, 7), (JobFamily.PeerSupportSpecialist, 5)],
                    WorkerOrganizations: [0, 0, 0, 5],
                    Named:
                    [
                        new("Hannah", "Olsen", null, "she/her", JobFamily.ClinicalTeamMember, "Registered Nurse Care Manager", ["en:Native"], 6),
                    ]),
            ],
            Manager: new("Owen", "Whitfield", null, "he/him", JobFamily.Other, "ECM Program Manager", ["en:Native"], 7, DemoEmail: "coalition2.admin@demo.test"),
            Unassigned: [(3, JobFamily.CommunityHealthWorker), (1, JobFamily.PeerSupportSpecialist), (2, JobFamily.CommunityHealthWorker)],
            Heritage: [(Heritage.White, 33), (Heritage.Native, 27), (Heritage.Latino, 25), (Heritage.Hmong, 5), (Heritage.Mien, 4), (Heritage.Black, 6)],
            IndigenousMexicanShare: 0),

        // Inland Bay Health Partnership: east Contra Costa, Richmond and the Delta into San Joaquin County.
        new Region(
            Organizations:
            [
                new("Delta Bay Health Services", OrganizationKind.PublicHealthCareSystem, "deltabayhealth", "925",
                [
                    new("Martinez Medical Center", "2400 Alhambra Ave", "Martinez", "Contra Costa", "94553"),
                    new("Antioch Health Center", "2335 Country Hills Dr", "Antioch", "Contra Costa", "94509"),
                    new("Richmond Community Clinic", "100 38th St", "Richmond", "Contra Costa", "94805"),
                ]),
                new("Carquinez Behavioral Health Partners", OrganizationKind.BehavioralHealthProvider, "carquinezbh", "925",
                [
                    new("Concord Wellness Center", "1420 Willow Pass Rd", "Concord", "Contra Costa", "94520"),
                    new("Pittsburg Recovery Services", "550 School St", "Pittsburg", "Contra Costa", "94565"),
                ]),
                new("Diablo Valley Health Plan", OrganizationKind.MediCalManagedCarePlan, "diablovalleyplan", "925",
                [
                    new("Member Services", "1340 Treat Blvd", "Walnut Creek", "Contra Costa", "94597"),
                ]),
                new("Delta Family and Housing Services", OrganizationKind.SocialServiceOrganization, "deltafamily", "209",
                [
                    new("Stockton Family Center", "445 N San Joaquin St", "Stockton", "San Joaquin", "95202"),
                    new("Tracy Service Center", "1010 Central Ave", "Tracy", "San Joaquin", "95376"),
                ]),
                new("Red de Promotoras del Delta", OrganizationKind.CommunityBasedOrganization, "promotorasdeldelta", "925",
                [
                    new("Centro Familiar Oakley", "210 O'Hara Ave", "Oakley", "Contra Costa", "94561"),
                    new("Brentwood Outreach Office", "725 First St", "Brentwood", "Contra Costa", "94513"),
                ]),
                new("Bay Delta Reentry Collaborative", OrganizationKind.CommunityBasedOrganization, "baydeltareentry", "510",
                [
                    new("Richmond Reentry Hub", "3101 Macdonald Ave", "Richmond", "Contra Costa", "94804"),
                ]),
            ],
            Teams:
            [
                new("East County CHW Team",
                    "Community health workers at the Antioch and Pittsburg clinics supporting ECM members with asthma, diabetes and housing needs.",
                    Organization: 0,
                    Supervisor: new("Angela", "Robinson", null, "she/her", JobFamily.Supervisor, "CHW Program Supervisor", ["en:Native"], 6),
                    Workers: [(JobFamily.CommunityHealthWorker, 9), (JobFamily.Promotora, 1)],
                    WorkerOrganizations: [0, 0, 0, 3],
                    Named:
                    [
                        new("Grace", "Villanueva", null, "she/her", JobFamily.ClinicalTeamMember, "Registered Nurse Care Manager", ["en:Native", "tl:Fluent"], 5),
                    ]),
                new("Reentry Peer Navigators",
                    "Peers with lived experience of incarceration meeting people at release and walking with them through the first 90 days: ID, Medi-Cal, housing and treatment.",
                    Organization: 5,
                    Supervisor: new("Terrence", "Coleman", null, "he/him", JobFamily.Supervisor, "Peer Services Supervisor", ["en:Native"], 5),
                    Workers: [(JobFamily.PeerSupportSpecialist, 8)],
                    WorkerOrganizations: [5, 5, 1],
                    Named:
                    [
                        new("Ahmad", "Karimi", null, "he/him", JobFamily.ClinicalTeamMember, "Licensed Clinical Social Worker", ["en:Fluent", "fa:Native"], 3),
                    ],
                    PeersShare: LivedExperienceArea.JusticeInvolvement),
                new("Promotoras de Salud del Delta",
                    "Promotoras de salud in Oakley, Brentwood and Bay Point offering health education, Medi-Cal renewals and connection to care in Spanish.",
                    Organization: 4,
                    Supervisor: new("Maricela", "Ruiz", null, "she/her", JobFamily.Supervisor, "Promotoras Program Coordinator", ["es:Native", "en:Fluent"], 7),
                    Workers: [(JobFamily.Promotora, 8)],
                    WorkerOrganizations: [4],
                    Named: []),
            ],
            Manager: new("Thanh", "Nguyen", null, "she/her", JobFamily.Other, "Health Partnership Program Manager", ["en:Native", "vi:Fluent"], 6, DemoEmail: "coalition3.admin@demo.test"),
            Unassigned: [(3, JobFamily.CommunityHealthWorker), (2, JobFamily.CommunityHealthWorker), (1, JobFamily.PeerSupportSpecialist)],
            Heritage: [(Heritage.Latino, 36), (Heritage.Black, 16), (Heritage.Filipino, 11), (Heritage.Vietnamese, 9), (Heritage.White, 10), (Heritage.Punjabi, 5), (Heritage.Afghan, 5), (Heritage.Chinese, 4), (Heritage.Khmer, 4)],
            IndigenousMexicanShare: 0.05),
    ];

    public static readonly string[] SeparationReasons =
    [
        "Moved out of the area to be closer to family.",
        "Accepted a position with the county’s ECM program.",
        "Returned to school full time for a nursing degree.",
        "Grant-funded position ended.",
        "Retired.",
        "Left to care for a family member.",
        "Took a care coordinator role at a partner clinic.",
    ];
}

internal sealed record Region(
    IReadOnlyList<OrganizationSeed> Organizations,
    IReadOnlyList<TeamSeed> Teams,
    PersonSeed Manager,
    IReadOnlyList<(int Organization, JobFamily Family)> Unassigned,
    IReadOnlyList<(Heritage Heritage, int Weight)> Heritage,
    double IndigenousMexicanShare);

internal sealed record OrganizationSeed(string Name, OrganizationKind Kind, string Domain, string AreaCode, IReadOnlyList<SiteSeed> Sites);

internal sealed record SiteSeed(string Name, string Address, string City, string County, string PostalCode);

internal sealed record TeamSeed(
    string Name,
    string Description,
    int Organization,
    PersonSeed Supervisor,
    IReadOnlyList<(JobFamily Family, int Count)> Workers,
    IReadOnlyList<int> WorkerOrganizations,
    IReadOnlyList<PersonSeed> Named,
    LivedExperienceArea? PeersShare = null);

/// <summary>A person written out by hand. Languages are "code:Proficiency", such as "es:Native".</summary>
internal sealed record PersonSeed(
    string First,
    string Last,
    string? Preferred,
    string Pronouns,
    JobFamily Family,
    string Title,
    IReadOnlyList<string> Languages,
    int YearsOfService,
    string? DemoEmail = null,
    IReadOnlyList<LivedExperienceArea>? Lived = null);

internal enum Heritage
{
    Latino,
    Hmong,
    Punjabi,
    Vietnamese,
    Filipino,
    Black,
    White,
    Native,
    Afghan,
    Chinese,
    Khmer,
    Mien,
}
