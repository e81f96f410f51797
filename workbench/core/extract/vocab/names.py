"""Words about people's names: honorifics, name particles and suffixes, common given names (with the
gender they usually carry), and the words that make a capitalised name something other than a person
("the Nelson Mandela Foundation", "Kennedy airport", "HMS Queen Elizabeth")."""

from __future__ import annotations

import functools

HONORIFICS: dict[str, str | None] = {
    "Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Mx": None, "Dr": None, "Sir": "m", "Dame": "f",
    "Lord": "m", "Lady": "f", "Baroness": "f", "Baron": "m", "Prof": None, "Professor": None, "Rev": None,
    "Revd": None, "Reverend": None, "Mme": "f", "Mlle": "f", "Messrs": None, "Shri": "m", "Smt": "f",
    "Sri": None,
}
"""Honorifics, written with or without a full stop ("Dr." / "Dr"): not part of the name, and not a title
of office; the gender they give a name."""

PARTICLES: tuple[str, ...] = (
    "de", "da", "di", "du", "del", "della", "dei", "der", "den", "van", "von", "vom", "zu", "bin", "binti",
    "bint", "ibn", "al", "el", "la", "le", "dos", "das", "do", "ter", "ten", "y", "af", "av", "st",
)
"""Lower-case particles inside names ("Ursula von der Leyen", "Maria Dolores de Cospedal", "Mohammed bin
Salman"). Capitalised particles ("Al", "El", "Van", "De", "O'") are read as name words."""

ROMANCE_PARTICLES: tuple[str, ...] = ("de", "da", "di", "du", "del", "della", "dei", "la", "le", "dos", "das", "do",
                                      "y", "st")
"""Particles as common in the names of firms and places as of people ("Cie. Financiere de Paribas", "Rio de
Janeiro"): inside a name, they do not make it a person's on their own."""

GLUED_PARTICLES: tuple[str, ...] = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "bint",
                                    "ben", "ould")
"""Lower-case particles written with a hyphen onto the next name word ("Hamid al-Jubouri", "Nimr al-Nimr"); a
later mention may capitalise them ("Al-Dulaimi")."""

SUFFIXES: tuple[str, ...] = ("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV")
"""Generational suffixes, part of the name ("Martin Luther King Jr.")."""

SHIP_PREFIXES: tuple[str, ...] = ("HMS", "USS", "RMS", "MV", "SS", "INS", "HMAS", "HMCS", "HMNZS", "RFA",
                                  "USNS", "MS")
"""Words that make the name after them a ship's ("HMS Queen Elizabeth", "the USS John McCain")."""

PLACE_PREFIXES: tuple[str, ...] = (
    "St", "St.", "Saint", "Mount", "Mt", "Mt.", "Lake", "Port", "Fort", "Cape", "San", "Santa", "Los", "Las",
    "Camp", "Glen", "Point", "Royal", "Air", "Club", "Team", "Radio", "Channel", "Operation", "Project",
    "Hurricane", "Storm", "Cyclone", "Typhoon", "Tropical", "Rio", "Puerto", "Porto", "Costa", "Sierra", "Monte",
    "Ciudad", "Isla", "Cabo", "Banco", "Universidad", "Universidade", "Palacio", "Plaza", "Museo", "Teatro",
    "Estadio", "Gran",
)
"""Words that start the name of a place or a thing, never a person's ("St Thomas' Hospital", "Lake
Victoria", "Hurricane Katrina")."""

NOT_PERSON_WORDS: tuple[str, ...] = (
    "foundation", "institute", "institution", "trust", "fund", "prize", "award", "awards", "medal", "cup",
    "trophy", "lecture", "memorial", "centre", "center", "hospital", "clinic", "infirmary", "university",
    "college", "school", "academy", "library", "museum", "gallery", "theatre", "theater", "stadium", "arena",
    "park", "square", "street", "road", "avenue", "lane", "bridge", "station", "airport", "tower", "towers",
    "building", "hall", "palace", "garden", "gardens", "castle", "church", "cathedral", "chapel", "mosque", "temple", "company",
    "corporation", "corp", "corp.", "co", "co.", "electric", "bureau", "electronics", "steel", "chemical",
    "chemicals", "petroleum", "mining", "insurance", "securities", "investments", "ventures", "enterprises", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "llp", "group", "holdings",
    "partners", "partnership", "associates", "bank", "capital", "motors", "airlines", "airways", "party",
    "council", "committee", "commission", "ministry", "department", "agency", "authority", "office",
    "service", "services", "board", "court", "assembly", "parliament", "senate", "congress", "federation",
    "association", "society", "league", "times", "post", "news", "herald", "telegraph", "journal",
    "gazette", "mail", "express", "tribune", "chronicle", "review", "magazine", "press", "media", "network",
    "studios", "records", "books", "publishing", "act", "doctrine", "plan", "report", "treaty", "accord",
    "syndrome", "disease", "effect", "index", "day", "week", "festival", "games", "olympics",
    "championship", "championships", "open", "classic", "tour", "line", "river", "lake", "mountain",
    "mountains", "island", "islands", "bay", "beach", "valley", "county", "province", "region", "territory",
    "republic", "kingdom", "empire", "boulevard", "gardens", "hotel", "restaurant", "mall", "market",
    "exchange", "administration", "government", "era", "campaign", "presidency", "estate", "family",
    "brothers", "bros", "sons", "university's", "foundation's", "rule", "rules", "law",
    "laws", "bill", "amendment", "scheme", "programme", "program", "show", "prize's", "stakes", "derby",
    "grand", "field", "fields", "highway", "motorway", "canal", "dam", "forest", "wood", "woods", "hills",
    "heights", "harbour", "harbor", "port", "terminal", "centre's", "lecture", "chair", "professorship",
    "scholarship", "scholar", "scholars", "fellowship", "medal", "stakes", "cabinet", "ministry's", "cartel",
    "gang", "clan", "dynasty", "regime", "revolution", "war", "wars", "affair", "inquiry", "review",
    "trial", "case", "rally", "march", "peninsula", "strait", "sea", "ocean", "desert", "basin", "coast",
    "sound", "gulf", "plain", "plateau", "zone", "district", "quarter", "borough", "village", "town",
    "city", "state", "states", "house", "home", "homes", "clinic's", "labs", "laboratory", "laboratories",
    "technologies", "systems", "solutions", "industries", "energy", "oil", "gas", "pharma", "foods",
    "brands", "stores", "entertainment", "pictures", "productions", "films", "music", "club", "fc", "united",
    "city", "rovers", "wanderers", "athletic", "county", "hotspur", "albion", "rangers", "celtic", "giants",
    "sox", "yankees", "lakers", "knicks", "bulls", "capitals", "express", "airline", "railway", "railways",
    "rail", "metro", "bus", "ferry", "flyer", "shuttle", "launcher", "rocket", "satellite", "telescope",
    "index's", "fund's", "jobs", "code", "method", "test", "scale", "theory", "theorem", "equation",
    "principle", "paradox", "curve", "formula", "model", "point", "square's", "gate", "wall", "arch", "stand",
)
"""Words after a name (in it or just after it) that make the whole a place, an organisation, a prize or a
thing, not a person: "the Nelson Mandela Foundation", "Kennedy airport", "the Trump administration"."""

PERSON_NOUNS: tuple[str, ...] = (
    "man", "woman", "boy", "girl", "child", "teenager", "baby", "mother", "father", "son", "daughter", "sister",
    "brother", "wife", "husband", "widow", "widower", "partner", "fiancee", "fiancé", "fiancée", "grandmother",
    "grandfather", "grandson", "granddaughter", "aunt", "uncle", "nephew", "niece", "cousin", "neighbour",
    "neighbor", "friend", "pensioner", "retiree", "resident", "witness", "passenger", "driver", "student",
    "pupil", "mum", "dad", "stepfather", "stepmother", "relative", "survivor", "victim", "shopper", "customer",
)
"""Words for a person that are no title of office ("His widow, Margaret Caldwell-Boyd", "A 58-year-old woman,
Halyna Bondar", "Pensioner Margaret Holroyd"): a name right after one is a person's."""

NOT_NAMES: tuple[str, ...] = (
    "The", "A", "An", "And", "But", "Or", "Nor", "So", "Yet", "If", "When", "While", "Whilst", "After",
    "Before", "Since", "Until", "As", "At", "In", "On", "Of", "For", "With", "Without", "From", "By", "To",
    "Into", "Onto", "Over", "Under", "About", "Against", "Between", "Among", "Amid", "During", "Despite",
    "Through", "Throughout", "Unlike", "Like", "Via", "Per", "Than", "This", "That", "These", "Those", "It",
    "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Him", "Them",
    "Us", "There", "Here", "Then", "Now", "Yesterday", "Today", "Tomorrow", "Tonight", "Meanwhile",
    "However", "Although", "Though", "Because", "Where", "Why", "How", "What", "Which", "Who", "Whom",
    "Whose", "Whether", "Also", "Still", "Even", "Only", "Just", "Not", "No", "Yes", "All", "Some", "Many",
    "Most", "Much", "More", "Less", "Few", "Several", "Each", "Every", "Both", "Either", "Neither", "Other",
    "Another", "Such", "Any", "None", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
    "Ten", "First", "Second", "Third", "Last", "Next", "Former", "Later", "Earlier", "Once", "Again",
    "Speaking", "Asked", "Writing", "Addressing", "According", "Following", "Under", "Do", "Does", "Did",
    "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "May",
    "Might", "Must", "Shall", "Should", "Let", "Please", "Thank", "Thanks", "Dear", "Hello", "Oh", "Well",
    "Photo", "Picture", "Image", "Credit", "Caption", "Source", "Sources", "Reporting", "Editing", "Additional",
    "From", "Left", "Right", "Centre", "Center", "Top", "Bottom", "Above", "Below", "Inset", "File", "Read",
    "Watch", "See", "Click", "Share", "Update", "Updated", "Breaking", "Exclusive", "Analysis", "Opinion",
    "Comment", "Live", "Video", "Audio", "Police", "Officials", "Government", "Ministers", "Mr", "Mrs",
    "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "God", "Allah", "Jesus", "Christ", "Prophet", "Islam",
    "Christmas", "Easter", "Ramadan", "Eid", "Diwali", "Hanukkah", "Thanksgiving", "Brexit", "Covid", "COVID",
    "Coronavirus", "Internet",
)
"""Capitalised words that do not start a name: a sentence's first word, a caption's label, a source's."""

GIVEN_NAMES_M = (
    "Aaron Abdul Abdullah Abdulaziz Abdulrahman Abel Abhishek Abraham Adam Adebayo Adel Aditya Adrian Ahmad "
    "Ahmed Aidan Akbar Akhil Akshay Alan Alastair Albert Alberto Aleksandr Alex Alexander Alexandre Alexei "
    "Alexis Alfonso Alfred Ali Alistair Allan Amir Amit Amitabh Anand Anders Andre Andreas Andrei Andres Andrew "
    "Andrzej Andy Angus Anil Ankit Anthony Antoine Anton Antonio Antony Anwar Arjun Armando Arnaud Arnold "
    "Arthur Arun Arvind Ashok Ashraf Ashton Ayman Baba Babajide Barack Barry Bashar Ben Benjamin Benny Bernard "
    "Bernie Bertrand Bill Billy Bjorn Bob Bobby Bola Boris Brad Bradley Brandon Brendan Brett Brian Bruce "
    "Bruno Bryan Byron Calvin Cameron Carl Carlos Carlo Cedric Chandra Charles Charlie Chris Christian "
    "Christoph Christophe Christopher Chuck Clarence Claude Clive Colin Conor Connor Craig Cristiano Cyril "
    "Dale Damian Dan Daniel Danny Dario Darren Dave David Dean Deepak Dennis Derek Desmond Dev Devendra Dhruv "
    "Diego Dilip Dimitri Dmitry Dominic Don Donald Doug Douglas Duncan Dwayne Dylan Ebrahim Ed Eddie Edgar "
    "Edmund Eduardo Edward Edwin Ehud Elijah Elliot Elon Emeka Emmanuel Enrique Eric Erik Ernest Ernesto "
    "Ethan Eugene Evan Evgeny Fabio Fahad Faisal Farhan Farouk Fatih Felipe Felix Ferdinand Fernando Filippo "
    "Finn Francesco Francis Francisco Franco Frank Frankie Franz Fred Frederick Friedrich Gabriel Gareth Garry "
    "Gary Gautam Gavin Geoff Geoffrey George Georg Gerald Gerard Gerhard Giorgos Giovanni Giuseppe Glen Glenn "
    "Gordon Graham Grant Greg Gregory Guillaume Gustavo Guy Haider Hakan Hamad Hamid Hamza Hans Hardik Hari "
    "Harjit Harold Harry Harvey Hasan Hassan Heinz Helmut Henrik Henry Herbert Hiroshi Hisham Howard Hugh Hugo "
    "Hussein Ian Ibrahim Igor Imran Isaac Ismail Ivan Jack Jacob Jacques Jaime Jake James Jamal Jamie Jan "
    "Jared Jason Javier Jay Jean Jeff Jeffrey Jens Jeremy Jerome Jerry Jim Jimmy Joe Joel Johan Johann John "
    "Johnny Jon Jonathan Jordi Jorge Jose Josef Joseph Josh Joshua Juan Julian Julio Justin Kai Kamal Karim "
    "Karl Keir Keith Ken Kenneth Kevin Khaled Khalid Kieran Kim Kirk Klaus Kofi Kumar Kwame Kyle Lachlan "
    "Lars Laurent Lee Leo Leon Leonard Leonardo Lewis Liam Lionel Lloyd Lorenzo Louis Luca Lucas Luigi Luis "
    "Luiz Lukas Luke Mahmoud Majid Malcolm Manish Manoj Manuel Marc Marco Marcus Mario Mariusz Mark Martin "
    "Marvin Massimo Mathieu Matt Matteo Matthew Matthias Mattar Maurice Max Maxim Mehmet Michael Michel "
    "Miguel Mike Mikhail Milan Mitch Mitchell Mohamed Mohammad Mohammed Mohan Muhammad Mukesh Murat Murray "
    "Mustafa Nabil Naftali Naresh Narendra Nasser Nathan Neil Nelson Nicholas Nick Nicolas Nigel Nikhil "
    "Nikolai Nitin Noah Norman Nurettin Olaf Oleg Oliver Olivier Omar Oscar Osman Owen Pablo Panos Paolo "
    "Patrick Paul Pedro Pep Peter Phil Philip Philippe Pierre Piers Piyush Pradeep Prakash Pranab Prashant "
    "Rafael Rahul Raj Rajesh Rajiv Rakesh Ralph Ram Ramon Ranil Raul Ravi Ray Raymond Recep Reza Ricardo "
    "Richard Rick Ricky Rishi Rob Robert Roberto Robin Rod Rodrigo Roger Rohit Roland Roman Ron Ronald Rory "
    "Ross Roy Rudy Rupert Russell Ryan Saad Sachin Sadiq Saeed Said Salah Salman Sam Sami Samir Samuel Sanjay "
    "Satya Scott Seamus Sean Sebastian Sergei Sergey Sergio Shahid Shane Sharif Shaun Shinzo Shivraj "
    "Sidney Simon Sipho Stanislav Stefan Stefano Stephen Steve Steven Stuart Sunil Suresh Sven Tamim Tariq "
    "Ted Terry Thabo Thierry Thomas Tim Timothy Toby Todd Tom Tommy Tony Travis Trevor Tyler Umar Uwe "
    "Vadim Valentin Vasily Victor Vijay Vikram Viktor Vincent Vinod Vivek Vladimir Volodymyr Walter Warren "
    "Wayne Werner Wes Wesley Will William Willie Winston Wolfgang Wole Xavier Yaakov Yair Yannis Yasser "
    "Yoshihide Yoshimasa Yousef Youssef Yuri Yusuf Zach Zachary Zaid Zayed Zoran Zubair Mel Verne Joaquin "
    "Kazuo Shigeru Fumio Kishore Abiy Uhuru Jair Gustavo Javier Mauricio Andrés Jacinda Chrystia Justin "
)
GIVEN_NAMES_F = (
    "Aarti Abigail Ada Margaret Marjorie Peggy Adele Agnes Aisha Alexandra Alice Alicia Alison Amal Amanda Amber Amelia Amina Amy Ana "
    "Anastasia Andrea Angela Angelina Angelique Anita Anja Ann Anna Anne Annette Annie Anushka Aria Ashley "
    "Asma Audrey Barbara Beatrice Becky Bella Beth Bettina Betty Beverley Bianca Bridget Brigitte Brittany "
    "Camilla Carla Carmen Carol Caroline Carolyn Carrie Cate Catherine Cathy Cecilia Celine Charlotte Chelsea "
    "Cheryl Chloe Christina Christine Cindy Claire Clara Claudia Colette Cristina Cynthia Daisy Dana Daniela "
    "Danielle Daphne Deborah Debra Deepika Denise Diana Diane Dilma Dolores Donna Doris Dorothy Edith Elaine "
    "Eleanor Elena Elif Elisa Elisabeth Eliza Elizabeth Ella Ellen Eloise Elsa Emilia Emily Emma Erica Erin "
    "Esther Eva Eve Evelyn Fatima Fatma Fiona Florence Frances Francesca Freya Gabriela Gabrielle Gemma "
    "Georgina Geraldine Gillian Gina Giorgia Gisele Gita Gladys Gloria Grace Greta Gwen Hannah Harriet Hayley "
    "Heather Heidi Helen Helena Helga Hilary Hillary Holly Hope Ida Ilhan Indira Ingrid Irene Iris Isabel "
    "Isabella Isabelle Jacqueline Jade Jane Janet Janice Jasmine Jayne Jean Jeanne Jennifer Jenny Jess "
    "Jessica Jill Jo Joan Joanna Joanne Jocelyn Josephine Joy Joyce Judith Judy Julia Julie Juliet June Justine "
    "Kamala Karen Karin Karine Kate Katherine Kathleen Kathryn Kathy Katie Katrin Kay Kayleigh Keechant Kelly "
    "Kemi Kerry Kim Kirsty Kristen Kristin Laura Lauren Layla Leah Leila Lena Leslie Liz Lily Linda Lisa "
    "Liz Liza Lois Lorna Lorraine Louise Lucia Lucy Luisa Lydia Lynn Lynne Madeleine Magdalena Maggie Maria "
    "Mariam Marian Marie Marina Marine Marion Marisa Marta Martha Mary Maryam Mathilde Maxine Maya Megan "
    "Melanie Melinda Melissa Meryl Mia Michaela Michelle Mira Miranda Miriam Molly Monica Monique Nadia "
    "Nadine Nancy Naomi Natalia Natalie Natasha Nicola Nicole Nikki Nina Nirmala Nora Noura Olga Olivia "
    "Paola Patricia Patsy Paula Pauline Penelope Penny Petra Philippa Pippa Polly Pooja Preeti Priti Priya "
    "Priyanka Rachel Rania Rebecca Renata Rhiannon Rita Roberta Robyn Rosa Rosalind Rose Rosemary Ruth Sabine "
    "Sadie Sally Samantha Sandra Sara Sarah Savita Selina Seema Serena Sharon Sheila Shirley Shreya Silvia "
    "Simone Sinead Smriti Sofia Sonia Sophia Sophie Stella Stephanie Sue Sunita Susan Susanne Suzanne Svetlana "
    "Sylvia Tamara Tanya Tara Tatiana Teresa Tessa Theresa Tina Tracey Tracy Ulrike Ursula Valerie Vanessa "
    "Vera Veronica Victoria Violet Virginia Wendy Yasmin Yulia Yvette Yvonne Zainab Zara Zoe Zuzana Gra\u00e7a "
    "Florence Mamata Mehbooba Jacinda Chrystia Giorgia Kristalina Christine Liz Suella Priti Yvette "
    "Angela Ursula Kaja Sanna Magdalena Mette Annalena Roberta"
)
"""Common given names across the world's news, by the gender they usually carry. A name that starts with
one (and has a second word) is read as a person's even with no title ("Anders Fogh Rasmussen said")."""

AMBIGUOUS_GIVEN: tuple[str, ...] = ("Jordan", "Georgia", "Chad", "Austin", "Paris", "Houston", "Sydney",
                                    "Lincoln", "Washington", "Jackson", "Carolina", "Madison", "Chelsea",
                                    "Victoria", "Florence", "Virginia", "Kim", "Lee", "Said", "Will", "Hope",
                                    "Grant", "Bill", "Mark", "Guy")
"""Given names that are as often places or something else: they do not make a person on their own."""


@functools.cache
def given_names() -> dict[str, str | None]:
    """Given name -> "m", "f" or None (both, or a place too)."""
    out: dict[str, str | None] = {}
    for gender, words in (("m", GIVEN_NAMES_M), ("f", GIVEN_NAMES_F)):
        for w in words.split():
            out[w] = None if w in out and out[w] != gender else gender
    for w in AMBIGUOUS_GIVEN:
        out.pop(w, None)
    return out


@functools.cache
def given_name_gender() -> dict[str, str | None]:
    """Gender of given names including the ambiguous ones (for pronouns, not for finding names)."""
    out: dict[str, str | None] = {}
    for gender, words in (("m", GIVEN_NAMES_M), ("f", GIVEN_NAMES_F)):
        for w in words.split():
            out[w] = None if w in out and out[w] != gender else gender
    return out
