package org.skillboard.tenantfiles;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Made-up but plausible names for generated demo people, in the languages of a tenant's
 * region: Portuguese and Spanish for a Portuguese or Spanish tenant, Polish and Estonian
 * for a Polish or Estonian one, English otherwise.
 */
final class GeneratedNames {

    /** First names (women, men) and family names of one language, and how a full name is put together. */
    private record Book(List<String> women, List<String> men, List<String> families, Style style) {
    }

    private enum Style {
        /** First name, sometimes a second family name, family name: Ana Sofia Costa, Rui Pinto Silva. */
        PORTUGUESE,
        /** First name and two family names: Lucía Fernández Ruiz. */
        SPANISH,
        /** First name and family name; -ski/-cki/-dzki names take -ska/-cka/-dzka for women. */
        POLISH,
        /** First name and family name. */
        PLAIN
    }

    private static final Book PORTUGUESE = new Book(
            List.of("Ana", "Maria", "Beatriz", "Inês", "Mariana", "Carolina", "Catarina", "Sofia", "Joana", "Rita",
                    "Leonor", "Matilde", "Marta", "Filipa", "Cláudia", "Sara", "Patrícia", "Diana", "Andreia",
                    "Raquel", "Teresa", "Vera", "Helena", "Daniela"),
            List.of("João", "Pedro", "Tiago", "Rui", "Miguel", "Diogo", "Gonçalo", "Ricardo", "Bruno", "Nuno",
                    "André", "Hugo", "Luís", "Rafael", "Duarte", "Francisco", "Paulo", "Vasco", "Tomás", "Fábio",
                    "Sérgio", "Henrique", "Filipe", "Jorge"),
            List.of("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus",
                    "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro",
                    "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira",
                    "Monteiro", "Cardoso", "Rocha", "Neves", "Coelho", "Cruz", "Cunha", "Pires", "Ramos", "Reis",
                    "Simões", "Antunes", "Matos", "Fonseca", "Machado", "Araújo", "Barbosa", "Tavares", "Lourenço"),
            Style.PORTUGUESE);

    private static final Book SPANISH = new Book(
            List.of("Lucía", "María", "Carmen", "Laura", "Marta", "Paula", "Sara", "Elena", "Cristina", "Nuria",
                    "Raquel", "Andrea", "Silvia", "Irene", "Alba", "Beatriz", "Rocío", "Pilar", "Isabel", "Noelia"),
            List.of("Javier", "Carlos", "David", "Daniel", "Alejandro", "Pablo", "Sergio", "Jorge", "Alberto",
                    "Álvaro", "Adrián", "Diego", "Manuel", "Iván", "Rubén", "Óscar", "Miguel", "Raúl", "Íñigo",
                    "Marcos"),
            List.of("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
                    "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez",
                    "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil",
                    "Ramírez", "Serrano", "Blanco", "Molina", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio",
                    "Marín", "Sanz", "Iglesias", "Núñez", "Medina"),
            Style.SPANISH);

    private static final Book POLISH = new Book(
            List.of("Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Monika", "Ewa",
                    "Aleksandra", "Karolina", "Natalia", "Zofia", "Marta", "Justyna", "Paulina", "Weronika",
                    "Dorota", "Beata", "Julia", "Alicja"),
            List.of("Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin", "Łukasz", "Jakub", "Grzegorz",
                    "Adam", "Mateusz", "Kamil", "Wojciech", "Jan", "Bartosz", "Rafał", "Dawid", "Szymon", "Maciej",
                    "Jędrzej"),
            List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
                    "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
                    "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski",
                    "Adamczyk", "Dudek", "Zając", "Wieczorek", "Jabłoński", "Król", "Majewski", "Olszewski",
                    "Jaworski", "Wróbel", "Malinowski", "Pawlak", "Witkowski", "Walczak", "Stępień", "Górski",
                    "Rutkowski", "Michalak", "Sikora"),
            Style.POLISH);

    private static final Book ESTONIAN = new Book(
            List.of("Anu", "Kadri", "Liis", "Mari", "Piret", "Kristi", "Triin", "Eve", "Maarja", "Kertu", "Helen",
                    "Kätlin", "Merike", "Tiina", "Laura", "Grete", "Katrin", "Siiri", "Annika", "Ülle"),
            List.of("Andres", "Jaan", "Mart", "Tõnu", "Rein", "Priit", "Margus", "Indrek", "Kristjan", "Rasmus",
                    "Siim", "Toomas", "Urmas", "Karl", "Martin", "Märt", "Jüri", "Aivar", "Ott", "Tanel"),
            List.of("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik",
                    "Kuusk", "Oja", "Raudsepp", "Kõiv", "Lill", "Vaher", "Lepp", "Mets", "Põder", "Kallas", "Luik",
                    "Teder", "Kuusik", "Jõgi", "Vares", "Org", "Tooming", "Laur", "Rand"),
            Style.PLAIN);

    private static final Book ENGLISH = new Book(
            List.of("Emma", "Olivia", "Sophie", "Grace", "Hannah", "Chloe", "Lucy", "Amelia", "Ella", "Mia"),
            List.of("James", "Oliver", "Jack", "Harry", "Thomas", "George", "Daniel", "Samuel", "Adam", "Ryan"),
            List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans",
                    "Thomas", "Roberts", "Walker", "Wright", "Thompson", "White", "Hughes", "Green", "Hall", "Wood",
                    "Clarke"),
            Style.PLAIN);

    private final Book main;
    private final Book second;
    /** How many in a hundred names come from the second book. */
    private final int secondShare;

    private GeneratedNames(Book main, Book second, int secondShare) {
        this.main = main;
        this.second = second;
        this.secondShare = secondShare;
    }

    /** The names for a tenant with this default language. */
    static GeneratedNames forLocale(Locale locale) {
        return switch (locale.getLanguage()) {
            case "pt" -> new GeneratedNames(PORTUGUESE, SPANISH, 25);
            case "es" -> new GeneratedNames(SPANISH, PORTUGUESE, 25);
            case "pl" -> new GeneratedNames(POLISH, ESTONIAN, 35);
            case "et" -> new GeneratedNames(ESTONIAN, POLISH, 35);
            default -> new GeneratedNames(ENGLISH, ENGLISH, 0);
        };
    }

    /** A full name drawn from the random source. */
    String next(SplittableRandom random) {
        Book book = random.nextInt(100) < secondShare ? second : main;
        boolean woman = random.nextInt(100) < 58;
        String first = pick(woman ? book.women() : book.men(), random);
        String family = pick(book.families(), random);
        return switch (book.style()) {
            case PORTUGUESE -> {
                if (random.nextInt(100) < 35) {
                    String middle = pick(book.families(), random);
                    yield middle.equals(family) ? first + " " + family : first + " " + middle + " " + family;
                }
                yield first + " " + family;
            }
            case SPANISH -> {
                String other = pick(book.families(), random);
                yield other.equals(family) ? first + " " + family : first + " " + family + " " + other;
            }
            case POLISH -> first + " " + (woman ? feminine(family) : family);
            case PLAIN -> first + " " + family;
        };
    }

    private static String feminine(String family) {
        return family.endsWith("ski") || family.endsWith("cki") || family.endsWith("dzki")
                ? family.substring(0, family.length() - 1) + "a" : family;
    }

    private static String pick(List<String> names, SplittableRandom random) {
        return names.get(random.nextInt(names.size()));
    }
}
