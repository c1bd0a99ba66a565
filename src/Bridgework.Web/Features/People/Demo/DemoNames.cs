namespace Bridgework.Web.Features.People.Demo;

/// <summary>
/// Given names and family names common in California's communities, combined at random into people who
/// do not exist, with the languages such a person is likely to speak at work.
/// </summary>
internal static class DemoNames
{
    private sealed record Pool(string[] Women, string[] Men, string[] Families);

    private static readonly Dictionary<Heritage, Pool> Pools = new()
    {
        [Heritage.Latino] = new(
            ["María", "Rosa", "Alejandra", "Yesenia", "Marisol", "Leticia", "Araceli", "Brenda", "Karina", "Verónica", "Esperanza", "Itzel", "Daniela", "Xóchitl", "Norma", "Claudia", "Elena", "Paola", "Silvia", "Margarita", "Guadalupe", "Adriana"],
            ["José", "Juan", "Luis", "Miguel", "Javier", "Ricardo", "Ernesto", "Andrés", "Héctor", "Raúl", "Francisco", "Jesús", "Omar", "Rubén", "Arturo", "Roberto"],
            ["García", "Hernández", "Martínez", "López", "González", "Ramírez", "Flores", "Cruz", "Morales", "Reyes", "Jiménez", "Castillo", "Vargas", "Mendoza", "Ortega", "Aguilar", "Navarro", "Salazar", "Guzmán", "Rojas", "Cervantes", "Quintero", "Zamora", "Barajas", "Estrada", "Santiago", "Bautista"]),
        [Heritage.Hmong] = new(
            ["Mai", "Pa", "Xee", "Nou", "Lia", "Bao", "Yer", "Chia"],
            ["Yeng", "Chue", "Kou", "Tou", "Pheng", "Neng", "Fue"],
            ["Vang", "Xiong", "Yang", "Lee", "Thao", "Moua", "Her", "Lor", "Vue", "Chang"]),
        [Heritage.Punjabi] = new(
            ["Harpreet", "Simran", "Jaspreet", "Manpreet", "Navneet", "Kiran"],
            ["Gurpreet", "Manjit", "Amandeep", "Navdeep", "Rajvir", "Sukhdev"],
            ["Sandhu", "Gill", "Dhillon", "Sidhu", "Grewal", "Bains", "Mann"]),
        [Heritage.Vietnamese] = new(
            ["Linh", "Thu", "Hoa", "Anh", "Trang", "Mai"],
            ["Minh", "Tuan", "Bao", "Khoa", "Long"],
            ["Nguyen", "Tran", "Le", "Pham", "Vo", "Dang", "Bui", "Do"]),
        [Heritage.Filipino] = new(
            ["Maricel", "Jocelyn", "Liza", "Joy", "Cristina", "Rowena"],
            ["Rommel", "Ariel", "Marlon", "Jericho", "Ramon"],
            ["Santos", "Reyes", "Dela Cruz", "Bautista", "Aquino", "Mendoza", "Castro", "Manalo"]),
        [Heritage.Black] = new(
            ["Keisha", "Tamika", "Jasmine", "Monique", "Aaliyah", "Imani", "Denise", "Tasha"],
            ["Darnell", "Andre", "Terrence", "DeShawn", "Marcus", "Jerome", "Malik"],
            ["Washington", "Jackson", "Robinson", "Coleman", "Brooks", "Harris", "Jenkins", "Freeman", "Franklin"]),
        [Heritage.White] = new(
            ["Emily", "Sarah", "Jessica", "Megan", "Heather", "Amber", "Hannah", "Elizabeth", "Katherine", "Rachel"],
            ["Travis", "Kyle", "Dustin", "Cody", "Wyatt", "Jonathan", "Nathan", "Brian"],
            ["Miller", "Anderson", "Thompson", "Peterson", "Sullivan", "Carlson", "Hoffman", "Olsen", "Parker", "Reed", "Bennett", "Lindqvist"]),
        [Heritage.Native] = new(
            ["Winona", "Cheyenne", "Marlene", "Dakota", "Lorraine", "Tanya", "Shayla", "Renee", "Sherry", "Autumn", "Brandi", "Nicole", "Darlene"],
            ["Raymond", "Loren", "Tyrell", "Dale", "Wesley", "Cody", "Randall", "Curtis", "Elijah", "Vernon"],
            ["Jack", "George", "Charles", "Frank", "Peters", "Williams", "James", "Thomas", "Sam", "Jim", "Lewis", "Norris", "Tom", "Scott"]),
        [Heritage.Afghan] = new(
            ["Farida", "Zahra", "Nasima", "Mariam"],
            ["Ahmad", "Farid", "Jawad", "Omid"],
            ["Rahimi", "Sultani", "Noori", "Hakimi", "Azizi"]),
        [Heritage.Chinese] = new(
            ["Mei", "Lily", "Xiu", "Ling"],
            ["Wei", "Jun", "Kevin", "Hao"],
            ["Chen", "Wong", "Lin", "Zhou", "Huang"]),
        [Heritage.Khmer] = new(
            ["Sophea", "Chanthy", "Bopha", "Sreymom"],
            ["Dara", "Vuthy", "Sokha", "Rithy"],
            ["Sok", "Chhim", "Keo", "Pich", "Meas"]),
        [Heritage.Mien] = new(
            ["Kao", "Nai", "Mey", "Lai"],
            ["Fin", "Sou", "Kae", "Chan"],
            ["Saechao", "Saelee", "Saeteurn", "Saephan"]),
    };

    private static readonly Dictionary<string, string> Nicknames = new(StringComparer.Ordinal)
    {
        ["Guadalupe"] = "Lupe",
        ["Francisco"] = "Paco",
        ["Jesús"] = "Chuy",
        ["Alejandra"] = "Ale",
        ["Roberto"] = "Beto",
        ["Margarita"] = "Margie",
        ["Elizabeth"] = "Liz",
        ["Katherine"] = "Kate",
        ["Jonathan"] = "Jon",
        ["Jaspreet"] = "Jas",
        ["Rajvir"] = "Raj",
        ["Gurpreet"] = "Gary",
        ["Jericho"] = "Jay",
    };

    public sealed record Person(string First, string Last, string? Preferred, string? Pronouns, bool Woman, IReadOnlyList<(string Code, LanguageProficiency Level)> Languages);

    public static Person Make(Random random, Heritage heritage, double indigenousMexicanShare)
    {
        var pool = Pools[heritage];
        // Most of California's CHW and promotora workforce are women.
        var woman = random.NextDouble() < 0.7;
        var first = Pick(random, woman ? pool.Women : pool.Men);
        var last = Pick(random, pool.Families);
        var preferred = Nicknames.TryGetValue(first, out var nick) && random.NextDouble() < 0.6 ? nick : null;
        var roll = random.NextDouble();
        var pronouns = roll < 0.05 ? "they/them" : roll < 0.85 ? (woman ? "she/her" : "he/him") : null;
        return new Person(first, last, preferred, pronouns, woman, LanguagesFor(random, heritage, indigenousMexicanShare));
    }

    private static List<(string, LanguageProficiency)> LanguagesFor(Random random, Heritage heritage, double indigenousMexicanShare)
    {
        var english = (LanguageProficiency)random.Next((int)LanguageProficiency.Conversational, (int)LanguageProficiency.Native + 1);
        var spoken = new List<(string, LanguageProficiency)>();
        switch (heritage)
        {
            case Heritage.Latino:
                spoken.Add(("es", LanguageProficiency.Native));
                spoken.Add(("en", english));
                if (random.NextDouble() < indigenousMexicanShare)
                {
                    spoken.Add((Pick(random, ["mix", "mix", "zap", "tri"]), random.NextDouble() < 0.6 ? LanguageProficiency.Native : LanguageProficiency.Fluent));
                }

                break;
            case Heritage.Hmong:
                spoken.Add(("hmn", random.NextDouble() < 0.7 ? LanguageProficiency.Native : LanguageProficiency.Fluent));
                spoken.Add(("en", LanguageProficiency.Native));
                break;
            case Heritage.Punjabi:
                spoken.Add(("pa", LanguageProficiency.Native));
                spoken.Add(("en", Max(english, LanguageProficiency.Fluent)));
                break;
            case Heritage.Vietnamese:
                spoken.Add(("vi", LanguageProficiency.Native));
                spoken.Add(("en", Max(english, LanguageProficiency.Fluent)));
                break;
            case Heritage.Filipino:
                spoken.Add(("en", LanguageProficiency.Native));
                spoken.Add(("tl", random.NextDouble() < 0.5 ? LanguageProficiency.Native : LanguageProficiency.Fluent));
                break;
            case Heritage.Afghan:
                spoken.Add(("fa", LanguageProficiency.Native));
                spoken.Add(("en", Max(english, LanguageProficiency.Conversational)));
                break;
            case Heritage.Chinese:
                spoken.Add(("zh", LanguageProficiency.Native));
                spoken.Add(("en", Max(english, LanguageProficiency.Fluent)));
                break;
            case Heritage.Khmer:
                spoken.Add(("km", LanguageProficiency.Native));
                spoken.Add(("en", LanguageProficiency.Fluent));
                break;
            case Heritage.Mien:
                spoken.Add(("mien", LanguageProficiency.Native));
                spoken.Add(("en", LanguageProficiency.Native));
                if (random.NextDouble() < 0.4)
                {
                    spoken.Add(("lo", LanguageProficiency.Conversational));
                }

                break;
            case Heritage.Black:
            case Heritage.White:
            case Heritage.Native:
            default:
                spoken.Add(("en", LanguageProficiency.Native));
                if (random.NextDouble() < 0.3)
                {
                    spoken.Add(("es", random.NextDouble() < 0.5 ? LanguageProficiency.Conversational : LanguageProficiency.Basic));
                }

                if (random.NextDouble() < 0.04)
                {
                    spoken.Add(("ase", LanguageProficiency.Fluent));
                }

                break;
        }

        return spoken;
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static Heritage PickHeritage(Random random, IReadOnlyList<(Heritage Heritage, int Weight)> weights)
    {
        var roll = random.Next(weights.Sum(w => w.Weight));
        foreach (var (heritage, weight) in weights)
        {
            if (roll < weight)
            {
                return heritage;
            }

            roll -= weight;
        }

        return weights[^1].Heritage;
    }

    private static LanguageProficiency Max(LanguageProficiency a, LanguageProficiency b) => a > b ? a : b;
}
