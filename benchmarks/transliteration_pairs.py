"""Spelling variants across outlets: how many the linker merges, and how many it must not.

A held-out-style set written for this benchmark (no corpus or seed text): each case is two
short reports by different outlets of one event, the second spelling a person, group or town
as another outlet romanizes it (Deir ez-Zor / Deir al-Zour, Nasrallah / Nasrullah), or two
names that must stay apart although they look alike (Abu X / Umm X, Baghdad / Baghdadi, a
father and son, two ministers, a province and its capital city). Every case is linked as a
release of its own (ingest -> normalize -> parse -> link), and the two forms are merged when
their mentions share one entity. Prints the merge rate of the variants, the wrong merges,
and the forms the model did not tag (counted as not merged). Three sets: `dev` (the rules
were written on it), `heldout` (26 + 9 pairs written before the rules of issue 15 were
changed) and `fresh` (20 + 6 pairs written after the last change): see benchmarks/README.md.

Example:
    .venv/bin/python benchmarks/transliteration_pairs.py --set heldout --show
"""

from __future__ import annotations

import argparse
from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parents[1]
# The built gazetteer, kept between benchmark runs (git-ignored).
GAZETTEER_CACHE = ROOT / ".benchmarks-cache" / "gazetteer"
sys.path.insert(0, str(ROOT))

from transforms.article.components import MENTIONS  # noqa: E402
from transforms.article.ingest import decode_document  # noqa: E402
from transforms.article.nlp import load_pipeline, parse_bodies  # noqa: E402
from transforms.article.normalize import load_normalize_rules, normalize_documents  # noqa: E402
from transforms.corpus.entities import display_name, link_entities, load_linking_rules  # noqa: E402
from transforms.corpus.resources import load_corpus_resources  # noqa: E402
from transforms.settings import Settings  # noqa: E402

# (kind, form in the first report, first report, form in the second, second report)
VARIANTS = [
    # -- towns and provinces ------------------------------------------------------------------
    ("town", "Deir ez-Zor",
     "Strikes Hit Eastern City\n\nAir strikes hit Deir ez-Zor on Monday, killing nine people, "
     "the Syrian Observatory for Human Rights said.",
     "Deir al-Zour",
     "Nine Dead in Raids\n\nNine people were killed in raids on Deir al-Zour in eastern Syria, "
     "the Syrian Observatory for Human Rights reported."),
    ("town", "Idlib",
     "Market Shelled\n\nShelling hit a market in Idlib on Tuesday, rescuers in Syria said.",
     "Idleb",
     "Rescuers Search Rubble\n\nRescuers in Idleb searched the rubble of a market after "
     "shelling on Tuesday, the White Helmets in Syria said."),
    ("town", "Kunduz",
     "Taliban Attack City\n\nTaliban fighters attacked Kunduz overnight, officials in "
     "Afghanistan said.",
     "Qunduz",
     "Fighting in the North\n\nFighting raged in Qunduz on Wednesday as Taliban fighters "
     "pushed into the city, Afghanistan's defence ministry said."),
    ("town", "Raqqa",
     "Coalition Strikes\n\nCoalition jets struck Islamic State positions in Raqqa on Friday, "
     "the Pentagon said.",
     "Raqqah",
     "Jets Pound Stronghold\n\nThe Pentagon said coalition jets pounded Islamic State "
     "positions around Raqqah in northern Syria."),
    ("town", "Hasakah",
     "Car Bomb\n\nA car bomb exploded in Hasakah on Sunday, Kurdish officials in Syria said.",
     "Hassakeh",
     "Blast in the North-East\n\nKurdish officials said a car bomb killed five people in "
     "Hassakeh, in north-eastern Syria, on Sunday."),
    ("town", "Daraa",
     "Protests Resume\n\nHundreds of people protested in Daraa on Friday, activists in Syria "
     "said.",
     "Deraa",
     "Southern City Protests\n\nActivists said hundreds marched in Deraa, the southern Syrian "
     "city near the border with Jordan."),
    ("town", "Qamishli",
     "Bombing Kills Six\n\nA bomb killed six people in Qamishli on Thursday, Kurdish police "
     "in Syria said.",
     "Kamishli",
     "Kurdish Town Blast\n\nSix people died when a bomb went off in Kamishli, near the "
     "Turkish border, Kurdish police in Syria said."),
    ("town", "Tal Afar",
     "Offensive Begins\n\nIraqi forces began an offensive to retake Tal Afar from Islamic "
     "State on Sunday.",
     "Tel Afar",
     "Troops Advance\n\nIraqi troops advanced on Tel Afar, west of Mosul, in an offensive "
     "against Islamic State."),
    ("town", "Fallujah",
     "Siege Tightens\n\nIraqi forces tightened the siege of Fallujah on Monday, the army said.",
     "Falluja",
     "Civilians Trapped\n\nAid groups said thousands of civilians were trapped in Falluja as "
     "Iraqi forces tightened their siege."),
    ("town", "Baqubah",
     "Mosque Attacked\n\nGunmen attacked a mosque in Baqubah on Friday, police in Iraq said.",
     "Baquba",
     "Worshippers Killed\n\nPolice in Iraq said gunmen killed worshippers at a mosque in "
     "Baquba, north-east of Baghdad."),
    ("town", "Lashkar Gah",
     "Suicide Attack\n\nA suicide bomber struck a police post in Lashkar Gah, Afghanistan, "
     "on Tuesday.",
     "Lashkargah",
     "Police Post Hit\n\nAfghan officials said a suicide bomber hit a police post in "
     "Lashkargah, the capital of Helmand."),
    ("town", "Mazar-i-Sharif",
     "Consulate Attacked\n\nGunmen attacked a consulate in Mazar-i-Sharif, Afghanistan, on "
     "Thursday.",
     "Mazar-e Sharif",
     "Gun Battle at Consulate\n\nA gun battle raged outside a consulate in Mazar-e Sharif in "
     "northern Afghanistan, officials said."),
    ("town", "Khan Sheikhoun",
     "Gas Attack Alleged\n\nDozens of people died in a suspected gas attack on Khan Sheikhoun "
     "in Syria, doctors said.",
     "Khan Shaykhun",
     "Chemical Attack Inquiry\n\nInvestigators will visit Khan Shaykhun, the Syrian town hit "
     "by a suspected chemical attack, the OPCW said."),
    ("town", "Saraqeb",
     "Rebels Retake Town\n\nRebels retook Saraqeb in Idlib province on Wednesday, Syrian "
     "activists said.",
     "Saraqib",
     "Town Changes Hands\n\nSyrian activists said rebels had recaptured Saraqib, a town on the "
     "main highway through Idlib province."),
    ("town", "Latakia",
     "Port Struck\n\nMissiles struck the port of Latakia on Tuesday, Syrian state media said.",
     "Lattakia",
     "Missiles Hit Port\n\nSyrian state media said missiles hit the port of Lattakia on the "
     "Mediterranean coast."),
    ("town", "Tartus",
     "Naval Base Expands\n\nRussia will expand its naval base at Tartus, Syrian officials "
     "said.",
     "Tartous",
     "Base Deal\n\nSyrian officials said Russia had agreed to expand the naval facility in "
     "Tartous on the coast."),
    ("town", "Misrata",
     "Militias Clash\n\nMilitias clashed in Misrata on Saturday, residents in Libya said.",
     "Misurata",
     "Clashes in Coastal City\n\nResidents of Misurata in Libya said rival militias clashed "
     "for hours on Saturday."),
    ("town", "Hodeidah",
     "Port Offensive\n\nSaudi-led forces launched an offensive on Hodeidah on Wednesday, "
     "Yemeni officials said.",
     "Hudaydah",
     "Fighting Near Port\n\nYemeni officials said fighting reached the outskirts of Hudaydah "
     "as Saudi-led forces advanced."),
    ("town", "Karbala",
     "Pilgrims Gather\n\nMillions of pilgrims gathered in Karbala on Sunday, Iraqi officials "
     "said.",
     "Kerbala",
     "Security Tightened\n\nIraqi officials tightened security in Kerbala as millions of "
     "pilgrims arrived."),
    ("town", "Hama",
     "Offensive in Countryside\n\nSyrian troops launched an offensive north of Hama on "
     "Monday, state media said.",
     "Hamah",
     "Troops Push North\n\nState media said Syrian troops pushed north from Hamah on Monday "
     "in a new offensive."),
    ("province", "Anbar",
     "Tribes Join Fight\n\nSunni tribes in Anbar joined the fight against Islamic State, "
     "Iraqi officials said.",
     "al-Anbar",
     "Tribal Fighters Armed\n\nIraqi officials said they had armed tribal fighters in "
     "al-Anbar to fight Islamic State."),
    # -- groups ---------------------------------------------------------------------------------
    ("group", "al-Qaeda",
     "Claim of Responsibility\n\nAl-Qaeda claimed the bombing in Aden on Monday, the SITE "
     "Intelligence Group said.",
     "al-Qaida",
     "Group Claims Bombing\n\nThe SITE Intelligence Group said al-Qaida had claimed the "
     "bombing in Aden in a statement online."),
    ("group", "Daesh",
     "Minister Vows to Fight\n\nThe Iraqi defence minister vowed on Tuesday to defeat Daesh "
     "in Mosul.",
     "Da'ish",
     "Offensive Planned\n\nIraq's defence minister said Da'ish would be driven out of Mosul "
     "within months."),
    ("group", "Hezbollah",
     "Border Clash\n\nHezbollah fighters clashed with Israeli troops on the Lebanese border "
     "on Sunday.",
     "Hizbollah",
     "Clash on Border\n\nIsraeli troops exchanged fire with Hizbollah fighters on the border "
     "with Lebanon, the army said."),
    ("group", "Jabhat al-Nusra",
     "Rebels Seize Base\n\nJabhat al-Nusra seized a military base in Idlib province on "
     "Saturday, activists said.",
     "Jabhat an-Nusra",
     "Base Falls\n\nActivists said Jabhat an-Nusra fighters overran a military base in Idlib "
     "province."),
    ("group", "Hayat Tahrir al-Sham",
     "Alliance Formed\n\nHayat Tahrir al-Sham took control of Idlib city on Sunday, monitors "
     "said.",
     "Hay'at Tahrir al-Sham",
     "Jihadists Take Control\n\nMonitors said Hay'at Tahrir al-Sham had taken full control "
     "of Idlib city."),
    ("group", "Ahrar al-Sham",
     "Rebel Commander Killed\n\nA commander of Ahrar al-Sham was killed in Idlib on Monday, "
     "the group said.",
     "Ahrar ash-Sham",
     "Commander Dies\n\nAhrar ash-Sham said one of its commanders had been killed in an "
     "explosion in Idlib."),
    ("group", "Jaish al-Islam",
     "Rebels Leave Douma\n\nFighters of Jaish al-Islam began leaving Douma on Monday under a "
     "deal with Russia.",
     "Jaysh al-Islam",
     "Evacuation Deal\n\nBuses carried Jaysh al-Islam fighters out of Douma under an "
     "agreement brokered by Russia."),
    ("group", "Ansar al-Sharia",
     "Consulate Attack\n\nAnsar al-Sharia denied any role in the attack in Benghazi, Libyan "
     "officials said.",
     "Ansar al-Shariah",
     "Group Denies Role\n\nLibyan officials said Ansar al-Shariah had denied involvement in "
     "the Benghazi attack."),
    ("group", "al-Shabaab",
     "Hotel Siege\n\nAl-Shabaab gunmen stormed a hotel in Mogadishu on Friday, Somali police "
     "said.",
     "al-Shabab",
     "Gunmen Storm Hotel\n\nSomali police said al-Shabab militants had stormed a hotel in "
     "Mogadishu."),
    ("group", "Asaib Ahl al-Haq",
     "Militia Parade\n\nAsaib Ahl al-Haq held a parade in Baghdad on Saturday, Iraqi media "
     "reported.",
     "Asa'ib Ahl al-Haq",
     "Show of Strength\n\nIraqi media reported that Asa'ib Ahl al-Haq paraded its fighters "
     "through Baghdad."),
    ("group", "Kataib Hezbollah",
     "Drone Strike\n\nA drone strike killed two members of Kataib Hezbollah near Baghdad "
     "airport, Iraqi officials said.",
     "Kata'ib Hizbollah",
     "Militia Members Killed\n\nIraqi officials said two members of Kata'ib Hizbollah died "
     "in a drone strike near Baghdad airport."),
    # -- people ---------------------------------------------------------------------------------
    ("person", "Hassan Nasrallah",
     "Speech Broadcast\n\nHezbollah leader Hassan Nasrallah said in a televised speech in "
     "Beirut that the group would respond.",
     "Hassan Nasrullah",
     "Group Vows Response\n\nHassan Nasrullah, the leader of Hezbollah, vowed in a speech "
     "broadcast from Beirut to respond."),
    ("person", "Abdulaziz al-Harbi",
     "Tribal Leader Killed\n\nTribal leader Abdulaziz al-Harbi was killed in an ambush near "
     "Mosul, Iraqi police said.",
     "Abd al-Aziz al-Harbi",
     "Ambush Near Mosul\n\nIraqi police said gunmen ambushed the convoy of Abd al-Aziz "
     "al-Harbi, a tribal leader, near Mosul."),
    ("person", "Abdel Karim Suleiman",
     "Governor Resigns\n\nAbdel Karim Suleiman resigned as governor of Basra on Monday, the "
     "Iraqi government said.",
     "Abdul Karim Sulaiman",
     "Basra Governor Quits\n\nThe Iraqi government said Abdul Karim Sulaiman had quit as "
     "governor of Basra."),
    ("person", "Youssef Haddad",
     "Spokesman Speaks\n\nYoussef Haddad, a spokesman for the Lebanese army, said two "
     "soldiers were wounded near Arsal.",
     "Yusuf Haddad",
     "Soldiers Wounded\n\nTwo Lebanese soldiers were wounded near Arsal, army spokesman Yusuf "
     "Haddad told reporters."),
    ("person", "Mohammed Karimi",
     "Mayor Warns\n\nMohammed Karimi, the mayor of Herat, warned on Sunday of water shortages "
     "in Afghanistan.",
     "Muhammad Karimi",
     "Water Shortages\n\nThe mayor of Herat, Muhammad Karimi, said the city faced water "
     "shortages as drought spread across Afghanistan."),
    ("person", "Hussein Jaber",
     "Officer Killed\n\nPolice colonel Hussein Jaber was killed by a roadside bomb in Basra, "
     "Iraqi officials said.",
     "Husayn Jaber",
     "Roadside Bomb\n\nIraqi officials said a roadside bomb in Basra killed Husayn Jaber, a "
     "police colonel."),
    ("person", "Mahmoud Othman",
     "Lawmaker Criticises Plan\n\nKurdish lawmaker Mahmoud Othman criticised the budget in "
     "Baghdad on Tuesday.",
     "Mahmud Uthman",
     "Budget Row\n\nMahmud Uthman, a Kurdish member of parliament, said the budget shortchanged "
     "the Kurdish region, in Baghdad."),
    ("person", "Naim Qassem",
     "Deputy Speaks\n\nHezbollah deputy leader Naim Qassem said in Beirut the group would not "
     "disarm.",
     "Naim Kassem",
     "No Disarmament\n\nNaim Kassem, deputy head of Hezbollah, told a rally in Beirut that "
     "the group would keep its weapons."),
    ("person", "Khaled Meshaal",
     "Leader Visits Cairo\n\nHamas leader Khaled Meshaal arrived in Cairo on Monday for "
     "talks with Egyptian officials.",
     "Khalid Mishal",
     "Talks in Cairo\n\nKhalid Mishal, the Hamas leader, held talks with Egyptian officials "
     "in Cairo."),
    ("person", "Ayman al-Zawahiri",
     "Video Released\n\nAl-Qaeda leader Ayman al-Zawahiri called for attacks in a video "
     "released on Sunday, the SITE group said.",
     "Ayman al-Zawahri",
     "New Message\n\nThe SITE group said Ayman al-Zawahri, the leader of al-Qaeda, urged "
     "attacks in a new video."),
    ("person", "Qassem Soleimani",
     "General Visits Front\n\nIranian general Qassem Soleimani visited the front line near "
     "Tikrit, Iraqi militia leaders said.",
     "Qasem Suleimani",
     "Commander at Front\n\nIraqi militia leaders said Qasem Suleimani, the Iranian general, "
     "had toured the front near Tikrit."),
    ("person", "Moqtada al-Sadr",
     "Cleric Calls Protest\n\nShiite cleric Moqtada al-Sadr called for protests in Baghdad on "
     "Friday.",
     "Muqtada al-Sadr",
     "Protest Call\n\nMuqtada al-Sadr, the Shiite cleric, urged supporters to protest in "
     "Baghdad on Friday."),
    ("person", "Ahmad Shah Massoud",
     "Anniversary Marked\n\nAfghans in Kabul marked the anniversary of the death of Ahmad "
     "Shah Massoud on Sunday.",
     "Ahmad Shah Masood",
     "Commander Remembered\n\nThousands gathered in Kabul to remember Ahmad Shah Masood, the "
     "commander killed in 2001."),
    ("person", "Hamid Rahimi",
     "Official Abducted\n\nGunmen abducted Hamid Rahimi, a provincial official, in Ghazni, "
     "Afghan police said.",
     "Hameed Rahimi",
     "Kidnapping in Ghazni\n\nAfghan police said Hameed Rahimi, a provincial official, was "
     "kidnapped by gunmen in Ghazni."),
    ("person", "Zeid Saleh",
     "Activist Detained\n\nSecurity forces detained activist Zeid Saleh in Amman on Monday, "
     "Jordanian rights groups said.",
     "Zayd Saleh",
     "Rights Groups Protest\n\nJordanian rights groups protested the detention of Zayd Saleh, "
     "an activist arrested in Amman."),
    ("person", "Fatima Hassan",
     "Nurse Honoured\n\nFatima Hassan, a nurse in Mosul, received an award for treating the "
     "wounded, Iraqi officials said.",
     "Fatimah Hassan",
     "Award for Nurse\n\nIraqi officials gave an award to Fatimah Hassan, a nurse who treated "
     "the wounded in Mosul."),
    ("person", "Osama bin Laden",
     "Compound Raid Anniversary\n\nTen years after Osama bin Laden was killed in Abbottabad, "
     "Pakistan still denies it knew where he was.",
     "Usama bin Ladin",
     "Abbottabad Remembered\n\nPakistan denies it knew that Usama bin Ladin was hiding in "
     "Abbottabad before he was killed."),
    ("person", "Abu Mohammed al-Julani",
     "Leader Appears\n\nThe leader of Hayat Tahrir al-Sham, Abu Mohammed al-Julani, appeared "
     "in Idlib on Friday.",
     "Abu Muhammad al-Jolani",
     "Rare Appearance\n\nAbu Muhammad al-Jolani, who leads Hayat Tahrir al-Sham, made a rare "
     "appearance in Idlib."),
]

# (kind, form, first report, form, second report or None when both are in the first)
MUST_NOT_MERGE = [
    ("kunya", "Abu Hamza",
     "Couple Detained\n\nPolice in Mosul detained Abu Hamza and his wife, Umm Hamza, on "
     "Tuesday, Iraqi officials said.",
     "Umm Hamza", None),
    ("kunya", "Abu Khalid",
     "Commander Killed\n\nA commander known as Abu Khalid was killed in an air strike near "
     "Raqqa, activists in Syria said.",
     "Umm Khalid",
     "Widow Speaks\n\nUmm Khalid, whose husband fought in Raqqa, told reporters in Syria that "
     "she wanted to go home."),
    ("nisba", "Baghdad",
     "Leader Appears\n\nAbu Bakr al-Baghdadi appeared in a video on Monday, officials in "
     "Baghdad said. Baghdadi urged his followers to fight.",
     "Baghdadi", None),
    ("nisba", "Mosul",
     "Militants Withdraw\n\nMen loyal to Omar al-Mosuli withdrew from a village near Mosul "
     "on Friday. Mosuli was not seen, police in Mosul said.",
     "Mosuli", None),
    ("father and son", "Hafez al-Assad",
     "Anniversary\n\nSyrians marked the anniversary of the death of Hafez al-Assad in "
     "Damascus, where his son Bashar al-Assad rules.",
     "Bashar al-Assad", None),
    ("father and son", "Rafik Hariri",
     "Tribunal Verdict\n\nA tribunal ruled on the killing of former prime minister Rafik "
     "Hariri in Beirut on Tuesday.",
     "Saad Hariri",
     "Son Reacts\n\nSaad Hariri, whose father was killed in Beirut in 2005, welcomed the "
     "tribunal's verdict."),
    ("father and son", "Ahmed Karimi",
     "Shop Owners Arrested\n\nPolice in Herat arrested shop owner Ahmed Karimi and his son "
     "Youssef Karimi on Monday.",
     "Youssef Karimi", None),
    ("two ministers", "Abdul Rahman Saleh",
     "Cabinet Meets\n\nInterior Minister Abdul Rahman Saleh told the cabinet in Baghdad that "
     "security had improved in Iraq.",
     "Abdul Rahim Saleh",
     "Budget Presented\n\nFinance Minister Abdul Rahim Saleh presented the budget to the "
     "cabinet in Baghdad, as Iraq struggled with low oil prices."),
    ("two ministers", "Ali Hassan",
     "Ministers Meet\n\nDefence Minister Ali Hassan met Foreign Minister Ali Hussein in "
     "Baghdad on Monday to discuss the war in Iraq.",
     "Ali Hussein", None),
    ("two ministers", "Qassem Soleimani",
     "Visit to Baghdad\n\nGeneral Qassem Soleimani met Iraqi officials in Baghdad, days after "
     "Iranian minister Qassem Suleiman visited Iraq.",
     "Qassem Suleiman", None),
    ("two leaders", "Abu Bakr al-Baghdadi",
     "Leaders of the Group\n\nAbu Bakr al-Baghdadi succeeded Abu Omar al-Baghdadi as leader "
     "of the group in Iraq in 2010.",
     "Abu Omar al-Baghdadi", None),
    ("two princes", "Mohammed bin Salman",
     "Royal Reshuffle\n\nKing Salman named Mohammed bin Salman crown prince, replacing "
     "Mohammed bin Nayef, in Riyadh on Wednesday.",
     "Mohammed bin Nayef", None),
    ("given names", "Maria Lopez",
     "Court Ruling\n\nJudge Maria Lopez ruled in Madrid on Monday that the contract was void.",
     "Marie Lopez",
     "Appeal Filed\n\nLawyer Marie Lopez filed an appeal in Madrid against the contract "
     "ruling."),
    ("given names", "Dan Walker",
     "Storm Damage\n\nDan Walker, a farmer near Omaha, said the storm destroyed his barn, as "
     "Nebraska declared an emergency.",
     "Don Walker",
     "Storm Cleanup\n\nDon Walker, a volunteer in Omaha, said crews were clearing roads "
     "across Nebraska on Tuesday."),
    ("groups", "Jaish al-Islam",
     "Rival Groups Clash\n\nJaish al-Islam fighters clashed with Jaish al-Izza near Hama on "
     "Sunday, activists in Syria said.",
     "Jaish al-Izza", None),
    ("groups", "Ahrar al-Sham",
     "Rebels Merge\n\nAhrar al-Sham and Ahrar al-Sharqiya agreed to cooperate in northern "
     "Syria, a spokesman said.",
     "Ahrar al-Sharqiya", None),
    ("groups", "Islamic State",
     "Two Groups\n\nIslamic State and Islamic Jihad both claimed attacks in the region on "
     "Monday, officials in Egypt said.",
     "Islamic Jihad", None),
    ("province and city", "Idlib province",
     "Offensive Widens\n\nGovernment forces advanced across Idlib province on Tuesday, while "
     "shells fell on the city of Idlib, activists in Syria said.",
     "Idlib", None),
    ("province and city", "Kandahar province",
     "Fighting Spreads\n\nFighting spread across Kandahar province as the Taliban attacked "
     "the city of Kandahar, officials in Afghanistan said.",
     "Kandahar", None),
    ("towns", "Tal Abyad",
     "Border Towns\n\nTurkish troops entered Tal Abyad on Wednesday and shelled Tal Tamr, "
     "Kurdish officials in Syria said.",
     "Tal Tamr", None),
    ("towns", "Tripoli",
     "Clashes in the North\n\nClashes broke out in Tripoli, Lebanon's second city, on "
     "Sunday, the Lebanese army said.",
     "Tripoli",
     "Militias Fight\n\nRival militias fought in Tripoli on Sunday, the Libyan government said, "
     "as the UN envoy to Libya called for calm."),
    ("places", "Georgia",
     "Storm Warning\n\nA storm hit Atlanta, Georgia, on Sunday, and the governor declared an "
     "emergency across the US state.",
     "Georgia",
     "Protests in Tbilisi\n\nThousands protested in Tbilisi, the capital of Georgia, against "
     "a law backed by Russia."),
]

# -- held-out set -------------------------------------------------------------------------------
# Written before the rules of this branch were changed, with names that appear nowhere above;
# measured once before the changes and once after (benchmarks/README.md). Not to be tuned on:
# a rule changed after reading its errors is said so in the README.
HELDOUT_VARIANTS = [
    # -- towns and provinces ------------------------------------------------------------------
    ("town", "Manbij",
     "Patrols Begin\n\nUS and Turkish troops began joint patrols around Manbij on Thursday, "
     "the Pentagon said.",
     "Menbij",
     "Joint Patrols\n\nTurkish and American soldiers patrolled the outskirts of Menbij, a "
     "town in northern Syria, the Pentagon confirmed."),
    ("town", "Kobani",
     "Siege Broken\n\nKurdish fighters broke the siege of Kobani after months of fighting "
     "with Islamic State, a spokesman said.",
     "Kobane",
     "Town Recaptured\n\nIslamic State fighters were driven out of Kobane, on the Turkish "
     "border, Kurdish commanders said."),
    ("town", "Erbil",
     "Rockets Fired\n\nRockets struck near the airport in Erbil late on Monday, the Kurdistan "
     "Regional Government said.",
     "Arbil",
     "Airport Targeted\n\nThe Kurdistan Regional Government said several rockets landed near "
     "Arbil airport in northern Iraq."),
    ("town", "Sulaimaniyah",
     "Protesters Gather\n\nThousands of teachers protested over unpaid salaries in "
     "Sulaimaniyah on Saturday, Kurdish media reported.",
     "Sulaymaniyah",
     "Teachers Demand Pay\n\nTeachers marched through Sulaymaniyah demanding their salaries, "
     "Kurdish media said, as the crisis in Iraq deepened."),
    ("town", "Taiz",
     "Shelling Kills Children\n\nShelling killed four children in Taiz on Sunday, the UN "
     "children's agency said.",
     "Ta'izz",
     "Children Killed\n\nUNICEF said four children died when shells hit a residential area "
     "of Ta'izz in Yemen."),
    ("town", "Sanaa",
     "Air Strikes on Capital\n\nSaudi-led coalition jets struck Sanaa overnight, Houthi media "
     "said.",
     "Sana'a",
     "Capital Bombed\n\nThe Saudi-led coalition carried out air strikes on Sana'a, the "
     "capital of Yemen, residents said."),
    ("town", "Kandahar",
     "Prison Break\n\nHundreds of inmates escaped from a prison in Kandahar after a Taliban "
     "attack, Afghan officials said.",
     "Qandahar",
     "Inmates Escape\n\nAfghan officials said the Taliban freed hundreds of prisoners in "
     "Qandahar in a night-time assault."),
    ("town", "Ajdabiya",
     "Oil Port Battle\n\nForces loyal to the eastern government retook Ajdabiya on Tuesday, "
     "a Libyan military spokesman said.",
     "Ajdabiyah",
     "Eastern Forces Advance\n\nA Libyan military spokesman said eastern forces had "
     "recaptured Ajdabiyah, gateway to the oil ports."),
    ("town", "Mayadin",
     "Strikes on Militants\n\nRussian jets hit Islamic State positions in Mayadin in eastern "
     "Syria, the Russian defence ministry said.",
     "al-Mayadeen",
     "Jets Hit Town\n\nThe Russian defence ministry said its aircraft bombed Islamic State "
     "fighters in al-Mayadeen near the Euphrates."),
    # -- people ---------------------------------------------------------------------------------
    ("person", "Muammar Gaddafi",
     "Anniversary of Uprising\n\nLibyans in Tripoli marked ten years since the fall of "
     "Muammar Gaddafi on Sunday.",
     "Moammar Qadhafi",
     "Celebrations in Capital\n\nCrowds in Tripoli celebrated the anniversary of the uprising "
     "that toppled Moammar Qadhafi in Libya."),
    ("person", "Nouri al-Maliki",
     "Former Premier Speaks\n\nFormer Iraqi prime minister Nouri al-Maliki criticised the "
     "government in Baghdad on Monday.",
     "Nuri al-Maliki",
     "Criticism from Ex-Leader\n\nNuri al-Maliki, who led Iraq until 2014, told supporters "
     "in Baghdad the cabinet had failed."),
    ("person", "Haider al-Abadi",
     "Victory Declared\n\nIraqi Prime Minister Haider al-Abadi declared victory over Islamic "
     "State in Baghdad on Saturday.",
     "Haidar al-Abadi",
     "War Declared Over\n\nHaidar al-Abadi, the Iraqi prime minister, told a conference in "
     "Baghdad that Islamic State had been defeated."),
    ("person", "Khalifa Haftar",
     "Offensive on Capital\n\nForces loyal to Khalifa Haftar advanced on Tripoli on Thursday, "
     "Libyan officials said.",
     "Khalifa Hifter",
     "Commander Orders Advance\n\nLibyan officials said Khalifa Hifter had ordered his forces "
     "to march on Tripoli."),
    ("person", "Mohammad Javad Zarif",
     "Talks in Vienna\n\nIranian Foreign Minister Mohammad Javad Zarif arrived in Vienna for "
     "nuclear talks on Tuesday.",
     "Mohammad Jawad Zarif",
     "Minister Arrives\n\nMohammad Jawad Zarif, Iran's foreign minister, reached Vienna for "
     "talks on the nuclear deal."),
    ("person", "Ismail Haniyeh",
     "Leader Visits Doha\n\nHamas leader Ismail Haniyeh met Qatari officials in Doha on "
     "Wednesday.",
     "Ismail Haniya",
     "Talks in Qatar\n\nIsmail Haniya, the head of Hamas, held talks with officials in Doha, "
     "the group said."),
    ("person", "Zabihullah Mujahid",
     "Taliban Statement\n\nTaliban spokesman Zabihullah Mujahid said the group had captured "
     "a district in Helmand.",
     "Zabiullah Mujahid",
     "District Falls\n\nZabiullah Mujahid, a spokesman for the Taliban, said fighters took "
     "control of a district in Helmand."),
    ("person", "Gulbuddin Hekmatyar",
     "Warlord Returns\n\nGulbuddin Hekmatyar returned to Kabul on Thursday after two decades "
     "in hiding, Afghan officials said.",
     "Gulbuddin Hikmatyar",
     "Return to Capital\n\nAfghan officials welcomed Gulbuddin Hikmatyar back to Kabul under "
     "a peace deal."),
    ("person", "Mohamed Morsi",
     "Former President Dies\n\nFormer Egyptian president Mohamed Morsi died in a Cairo "
     "courtroom on Monday, state media said.",
     "Mohammed Mursi",
     "Death in Court\n\nMohammed Mursi collapsed and died during a court hearing in Cairo, "
     "Egyptian state media reported."),
    ("person", "Abdel Fattah al-Sisi",
     "Summit Opens\n\nEgyptian President Abdel Fattah al-Sisi opened a summit in Sharm "
     "el-Sheikh on Sunday.",
     "Abdul Fattah el-Sisi",
     "Leaders Meet\n\nAbdul Fattah el-Sisi welcomed leaders to Sharm el-Sheikh for a summit "
     "on the war, Egyptian officials said."),
    # -- groups ---------------------------------------------------------------------------------
    ("group", "Ansar Allah",
     "Ships Targeted\n\nAnsar Allah said it fired missiles at ships in the Red Sea on "
     "Friday, Yemeni media reported.",
     "Ansarullah",
     "Missile Claim\n\nYemeni media said Ansarullah claimed missile attacks on ships in the "
     "Red Sea."),
    ("group", "Lashkar-e-Taiba",
     "Militants Blamed\n\nIndian officials blamed Lashkar-e-Taiba for the attack in Kashmir "
     "on Tuesday.",
     "Lashkar-e-Tayyiba",
     "Attack Blamed on Group\n\nOfficials in India said Lashkar-e-Tayyiba carried out the "
     "attack in Kashmir."),
    ("group", "Tehrik-i-Taliban",
     "Checkpoint Attack\n\nTehrik-i-Taliban claimed an attack on a checkpoint in Peshawar, "
     "Pakistani police said.",
     "Tehreek-e-Taliban",
     "Police Post Hit\n\nPakistani police said Tehreek-e-Taliban militants attacked a "
     "checkpoint in Peshawar overnight."),
    ("group", "Faylaq al-Sham",
     "Rebels Withdraw\n\nFighters of Faylaq al-Sham withdrew from positions near Idlib on "
     "Saturday, Syrian activists said.",
     "Failaq al-Sham",
     "Pullback Near Idlib\n\nSyrian activists said Failaq al-Sham fighters pulled back from "
     "front lines near Idlib."),
    ("group", "Nour al-Din al-Zenki",
     "Rebel Clashes\n\nNour al-Din al-Zenki fighters clashed with rivals west of Aleppo on "
     "Monday, monitors said.",
     "Nur al-Din al-Zinki",
     "Infighting West of Aleppo\n\nMonitors said the Nur al-Din al-Zinki movement fought "
     "rival rebels west of Aleppo."),
    ("group", "Hashd al-Shaabi",
     "Militias Deploy\n\nThe Hashd al-Shaabi deployed fighters to the border with Syria, "
     "Iraqi officials said.",
     "Hashd ash-Sha'bi",
     "Border Deployment\n\nIraqi officials said the Hashd ash-Sha'bi sent units to the "
     "border with Syria on Tuesday."),
    ("group", "Jaish-e-Mohammed",
     "Bombing Claimed\n\nJaish-e-Mohammed claimed a suicide bombing on a convoy in Kashmir, "
     "Indian police said.",
     "Jaish-e-Muhammad",
     "Convoy Attack\n\nIndian police said Jaish-e-Muhammad was behind the suicide bombing of "
     "a convoy in Kashmir."),
]

HELDOUT_MUST_NOT_MERGE = [
    ("two officials", "Mohammed Ali",
     "Governor Sworn In\n\nMohammed Ali was sworn in as governor of Basra on Sunday, the "
     "Iraqi government said.",
     "Mahmoud Ali",
     "Port Director Named\n\nThe Iraqi government named Mahmoud Ali director of the port of "
     "Basra on Monday."),
    ("father and son", "Masoud Barzani",
     "Kurdish Leaders\n\nMasoud Barzani handed the security council in Erbil to his son "
     "Masrour Barzani, Kurdish officials said.",
     "Masrour Barzani", None),
    ("father and son", "Ali Abdullah Saleh",
     "Former Leader Killed\n\nAli Abdullah Saleh was killed in Sanaa, and his son Ahmed Ali "
     "Saleh vowed revenge from Abu Dhabi.",
     "Ahmed Ali Saleh", None),
    ("two commanders", "Abu Hassan",
     "Commanders Killed\n\nTwo rebel commanders, Abu Hassan and Abu Hussein, were killed in "
     "an air strike near Aleppo, activists in Syria said.",
     "Abu Hussein", None),
    ("nisba", "Homs",
     "Cleric Arrested\n\nSecurity forces in Homs arrested the cleric Abu Yahya al-Homsi on "
     "Friday. Homsi had preached in Homs for years, activists said.",
     "Homsi", None),
    ("towns", "Darayya",
     "Shelling Resumes\n\nGovernment forces shelled Darayya near Damascus and Daraa in the "
     "south of Syria on Tuesday, activists said.",
     "Daraa", None),
    ("villages", "Beit Jann",
     "Fire in Galilee\n\nA forest fire near Beit Jann forced residents to flee on Sunday, "
     "Israeli firefighters said.",
     "Beit Jinn",
     "Rebels Surrender\n\nRebels in Beit Jinn, south-west of Damascus, agreed to surrender "
     "to Syrian government forces."),
    ("towns", "Sirte",
     "Militants Driven Out\n\nLibyan forces drove Islamic State militants out of Sirte on "
     "Monday, officials in Libya said.",
     "Siirt",
     "Bomb in South-East\n\nA roadside bomb killed two soldiers in Siirt province in "
     "south-eastern Turkey, Turkish officials said."),
    ("town and parliament", "Douma",
     "Gas Attack Inquiry\n\nInspectors reached Douma on Saturday to investigate a suspected "
     "gas attack near Damascus, officials in Syria said.",
     "Duma",
     "Russian Lawmakers React\n\nMembers of the Duma in Moscow denied that a gas attack had "
     "taken place in Syria."),
]

# -- fresh set --------------------------------------------------------------------------------
# Written after every rule change of issue 15 (the held-out set above had been read by then),
# with names in neither set above, and measured once: the clean figure for those changes.
FRESH_VARIANTS = [
    ("town", "Baiji",
     "Refinery Retaken\n\nIraqi forces retook the oil refinery at Baiji from Islamic State on "
     "Thursday, the army said.",
     "Beiji",
     "Army Claims Refinery\n\nThe Iraqi army said its troops had recaptured the Beiji "
     "refinery north of Baghdad from Islamic State."),
    ("town", "Khan Younis",
     "Strikes in Southern Gaza\n\nIsraeli strikes hit Khan Younis overnight, the Gaza health "
     "ministry said.",
     "Khan Yunis",
     "Overnight Raids\n\nThe health ministry in Gaza said Israeli air strikes pounded Khan "
     "Yunis in the south of the strip."),
    ("town", "Beit Lahia",
     "School Shelled\n\nShells hit a school in Beit Lahia on Monday, the UN agency for "
     "Palestinian refugees said.",
     "Beit Lahiya",
     "UN School Hit\n\nThe UN agency for Palestinian refugees said a school sheltering "
     "families in Beit Lahiya had been shelled."),
    ("town", "Saada",
     "Market Strike\n\nA coalition air strike hit a market in Saada, a Houthi stronghold in "
     "northern Yemen, medics said.",
     "Sa'dah",
     "Medics Count Dead\n\nMedics in Sa'dah said the Saudi-led coalition strike on the "
     "market killed shoppers in Yemen."),
    ("town", "Pul-i-Khumri",
     "Highway Cut\n\nTaliban fighters cut the highway near Pul-i-Khumri, the capital of "
     "Baghlan, Afghan officials said.",
     "Pol-e Khomri",
     "Road Blocked\n\nAfghan officials said the Taliban had blocked the main road outside "
     "Pol-e Khomri in Baghlan province."),
    ("town", "Zinjibar",
     "Militants Seize Town\n\nAl-Qaeda militants seized Zinjibar, the capital of Abyan "
     "province, Yemeni officials said.",
     "Zanjibar",
     "Abyan Capital Falls\n\nYemeni officials said militants linked to al-Qaeda had taken "
     "Zanjibar in Abyan province."),
    ("town", "Qusayr",
     "Border Town Battle\n\nHezbollah fighters joined Syrian troops in the battle for Qusayr "
     "near the Lebanese border.",
     "Qusair",
     "Town Falls\n\nSyrian troops backed by Hezbollah took Qusair, close to the border with "
     "Lebanon, state media said."),
    # -- people -------------------------------------------------------------------------------
    ("person", "Ali Larijani",
     "Speaker Visits Damascus\n\nIranian parliament speaker Ali Larijani arrived in Damascus "
     "on Sunday for talks.",
     "Ali Laridjani",
     "Iranian Speaker in Syria\n\nAli Laridjani, the speaker of Iran's parliament, held talks "
     "in Damascus with Syrian officials."),
    ("person", "Yahya Sinwar",
     "Leader Speaks\n\nHamas leader Yahya Sinwar told a rally in Gaza the group would not "
     "disarm.",
     "Yehya Sinwar",
     "Rally in Gaza\n\nYehya Sinwar, who leads Hamas in Gaza, said at a rally that its "
     "fighters would keep their weapons."),
    ("person", "Abu Musab al-Zarqawi",
     "Militant Leader Killed\n\nUS forces killed Abu Musab al-Zarqawi in an air strike near "
     "Baquba in Iraq.",
     "Abu Mus'ab az-Zarqawi",
     "Air Strike Near Baquba\n\nAbu Mus'ab az-Zarqawi, the leader of al-Qaeda in Iraq, died "
     "in a US air strike near Baquba."),
    ("person", "Hassan Rouhani",
     "President Addresses Nation\n\nIranian President Hassan Rouhani said in Tehran that "
     "sanctions had failed.",
     "Hasan Rowhani",
     "Sanctions Speech\n\nHasan Rowhani, the president of Iran, told a crowd in Tehran that "
     "the sanctions had not worked."),
    ("person", "Abdul Malik al-Houthi",
     "Leader Vows to Fight\n\nHouthi leader Abdul Malik al-Houthi vowed in a televised "
     "speech to fight on in Yemen.",
     "Abdulmalik al-Huthi",
     "Televised Speech\n\nAbdulmalik al-Huthi, who leads the Houthi movement, said in a "
     "speech that Yemen's war would go on."),
    ("person", "Mohammed Deif",
     "Commander Targeted\n\nIsrael said it had targeted Hamas military chief Mohammed Deif "
     "in a strike on Gaza.",
     "Mohammad Dayf",
     "Strike on Commander\n\nThe Israeli army said a strike in Gaza was aimed at Mohammad "
     "Dayf, the head of the Hamas military wing."),
    ("person", "Salih Muslim",
     "Kurdish Leader Detained\n\nCzech police detained Syrian Kurdish leader Salih Muslim in "
     "Prague on Sunday.",
     "Saleh Muslim",
     "Arrest in Prague\n\nSaleh Muslim, a Syrian Kurdish politician, was arrested in Prague, "
     "Czech police said."),
    # -- groups -------------------------------------------------------------------------------
    ("group", "Harakat Hazm",
     "Rebels Disband\n\nHarakat Hazm announced it was disbanding after losing its bases near "
     "Aleppo, Syrian activists said.",
     "Harakat Hazzm",
     "Group Dissolves\n\nSyrian activists said Harakat Hazzm had dissolved after rival "
     "fighters overran its bases near Aleppo."),
    ("group", "Jund al-Aqsa",
     "Clashes in Idlib\n\nJund al-Aqsa fighters clashed with rival rebels in Idlib on "
     "Tuesday, monitors said.",
     "Jund al-Aksa",
     "Rebel Infighting\n\nMonitors said Jund al-Aksa was fighting other rebel groups across "
     "Idlib."),
    ("group", "Asbat al-Ansar",
     "Camp Tensions\n\nAsbat al-Ansar handed over a wanted man in the Ain al-Hilweh camp, "
     "Lebanese security sources said.",
     "Usbat al-Ansar",
     "Suspect Handed Over\n\nLebanese security sources said Usbat al-Ansar gave up a suspect "
     "in the Ain al-Hilweh camp."),
    ("group", "Hizb ut-Tahrir",
     "Members Arrested\n\nPolice in Dhaka arrested five members of Hizb ut-Tahrir on "
     "Friday, Bangladeshi officials said.",
     "Hizb al-Tahrir",
     "Arrests in Dhaka\n\nBangladeshi officials said five members of Hizb al-Tahrir were "
     "held in Dhaka."),
    ("group", "Kataib Sayyid al-Shuhada",
     "Militia Threat\n\nKataib Sayyid al-Shuhada threatened US troops in Iraq on Sunday, "
     "Iraqi media said.",
     "Kata'ib Sayyed al-Shuhada",
     "Warning to US Troops\n\nIraqi media said Kata'ib Sayyed al-Shuhada warned US troops to "
     "leave Iraq."),
    ("group", "Liwa Fatemiyoun",
     "Afghan Fighters in Syria\n\nLiwa Fatemiyoun fighters fought near Palmyra in Syria, "
     "Iranian media reported.",
     "Liwa Fatemiyun",
     "Battle for Palmyra\n\nIranian media said Liwa Fatemiyun, a militia of Afghan fighters, "
     "fought near Palmyra."),
]

FRESH_MUST_NOT_MERGE = [
    ("brothers", "Yahya Sinwar",
     "Brothers Lead Hamas\n\nYahya Sinwar and his brother Mohammed Sinwar lead the Hamas "
     "fighters in Gaza, Israeli officials said.",
     "Mohammed Sinwar", None),
    ("towns", "Beit Hanoun",
     "Tanks Advance\n\nIsraeli tanks advanced into Beit Hanoun and shelled Beit Lahia in "
     "northern Gaza, residents said.",
     "Beit Lahia", None),
    ("two leaders", "Abu Mohammed al-Adnani",
     "Two Ideologues\n\nAbu Mohammed al-Adnani criticised Abu Mohammed al-Maqdisi in an "
     "audio message, jihadist forums in Jordan reported.",
     "Abu Mohammed al-Maqdisi", None),
    ("two officials", "Ahmed Hassoun",
     "Mufti Speaks\n\nGrand Mufti Ahmed Hassoun told worshippers in Damascus that the war "
     "would end soon, Syrian state media said.",
     "Ahmed Hassan",
     "Minister Visits Mosque\n\nSyrian state media said minister Ahmed Hassan visited a "
     "mosque in Damascus on Friday."),
    ("nisba", "Karim Khalili",
     "Leaders Meet\n\nKarim Khalili met Karim Khalil, a businessman from Herat, in Kabul on "
     "Monday, Afghan officials said.",
     "Karim Khalil", None),
    ("place and person", "Ramadi",
     "Trial Resumes\n\nThe trial of Taha Yassin Ramadan resumed in Baghdad as fighting "
     "raged in Ramadi, Iraqi officials said.",
     "Ramadan", None),
]


# Written by a helper that never read the linking rules, after the changes the fresh set
# measured: spellings collected from the variation types outlets show, names found nowhere
# above.
# Blind held-out pairs for the name-linking benchmark (same tuple format as
# FRESH_VARIANTS / FRESH_MUST_NOT_MERGE in benchmarks/transliteration_pairs.py).

# (kind, form in the first report, first report, form in the second, second report)
BLIND_VARIANTS = [
    # -- towns and provinces ------------------------------------------------------------------
    ("town", "Ma'arrat al-Nu'man",
     "Army Enters Key Town\n\nSyrian government forces entered Ma'arrat al-Nu'man on the M5 "
     "highway on Tuesday after weeks of bombardment, activists said.",
     "Maarat al-Numan",
     "Rebel Stronghold Falls\n\nSyrian government troops have taken Maarat al-Numan, a town "
     "straddling the M5 motorway, according to a war monitor."),
    ("town", "Jisr al-Shughour",
     "Insurgents Seize Town\n\nAn alliance of insurgents captured Jisr al-Shughour on Saturday "
     "and pushed toward the Ghab plain, rebel commanders said.",
     "Jisr ash-Shughur",
     "Rebels Advance\n\nRebel commanders said fighters who overran Jisr ash-Shughur were now "
     "moving on government positions in the Ghab plain."),
    ("town", "Musa Qala",
     "Taliban Driven Out\n\nAfghan and British troops drove the Taliban out of Musa Qala in "
     "Helmand province, the Afghan defence ministry said.",
     "Musa Qaleh",
     "District Centre Retaken\n\nBritish commanders in Helmand said Taliban insurgents had "
     "abandoned Musa Qaleh after a three-day assault."),
    ("town", "El Fasher",
     "Hospital Shelled\n\nShells struck the main hospital in El Fasher, the capital of North "
     "Darfur, as the Rapid Support Forces tightened their siege, doctors said.",
     "Al-Fashir",
     "Siege Tightens\n\nDoctors in Al-Fashir said the Rapid Support Forces had hit a hospital "
     "in the North Darfur capital with artillery."),
    ("town", "Miranshah",
     "Troops Clear Town\n\nPakistani troops cleared Miranshah, the main town of North "
     "Waziristan, of militants, the army's media wing said.",
     "Miramshah",
     "Army Claims Control\n\nThe military said soldiers had taken full control of Miramshah "
     "during its offensive in North Waziristan."),
    ("town", "Ahvaz",
     "Parade Attacked\n\nGunmen opened fire on a military parade in Ahvaz, killing members of "
     "the Revolutionary Guards, Iranian state television said.",
     "Ahwaz",
     "Gunmen Target Parade\n\nIranian state television said attackers fired on Revolutionary "
     "Guards marching in a parade in Ahwaz in the south-west of the country."),
    ("town", "Duhok",
     "Resort Hit\n\nArtillery shells struck a resort near Zakho in Duhok province, killing "
     "tourists, regional officials said.",
     "Dohuk",
     "Tourists Killed\n\nKurdish officials said shelling of a holiday resort outside Zakho in "
     "Dohuk province had killed several visitors from southern Iraq."),
    ("town", "Marib",
     "Offensive Renewed\n\nRebel fighters renewed their push on Marib from the Sirwah "
     "district, Yemeni government officials said.",
     "Ma'rib",
     "Fighting West of City\n\nYemeni officials reported heavy clashes in Sirwah as the rebels "
     "tried to advance on the city of Ma'rib."),
    # -- people -------------------------------------------------------------------------------
    ("person", "Hakimullah Mehsud",
     "Taliban Chief Killed\n\nPakistani Taliban leader Hakimullah Mehsud was killed in a US "
     "drone strike in North Waziristan, security officials said.",
     "Hakimullah Mahsud",
     "Drone Strike\n\nSecurity officials said a US drone had killed Hakimullah Mahsud, who led "
     "the Pakistani Taliban, in North Waziristan on Friday."),
    ("person", "Abu Mahdi al-Muhandis",
     "Militia Commander Killed\n\nAbu Mahdi al-Muhandis died in a US strike on a convoy at "
     "Baghdad International Airport, Iraqi officials said.",
     "Abu Mehdi al-Mohandes",
     "Airport Strike\n\nIraqi officials confirmed that Abu Mehdi al-Mohandes, deputy head of "
     "the Popular Mobilisation Forces, was among those killed near Baghdad International "
     "Airport."),
    ("person", "Mohamed Hamdan Dagalo",
     "Paramilitary Chief Speaks\n\nMohamed Hamdan Dagalo, commander of the Rapid Support "
     "Forces, said his men controlled most of Khartoum.",
     "Mohammed Hamdan Daglo",
     "Claims of Control\n\nThe Rapid Support Forces leader Mohammed Hamdan Daglo claimed in an "
     "audio message that his fighters held much of Khartoum."),
    ("person", "Walid Jumblatt",
     "Druze Leader Warns\n\nWalid Jumblatt, head of the Progressive Socialist Party, warned "
     "against a new civil war in Lebanon.",
     "Walid Joumblatt",
     "Warning From Mukhtara\n\nSpeaking at his palace in Mukhtara, Walid Joumblatt of the "
     "Progressive Socialist Party said Lebanon risked sliding back into civil war."),
    ("person", "Abdelhakim Belhadj",
     "Britain Apologises\n\nBritain apologised to Libyan dissident Abdelhakim Belhadj for its "
     "role in his rendition, after evidence of MI6 involvement.",
     "Abdul Hakim Belhaj",
     "Rendition Apology\n\nAbdul Hakim Belhaj accepted an apology from the British government "
     "over the part MI6 played in his transfer to Libya in 2004."),
    ("person", "Ali Khamenei",
     "New Year Speech\n\nSupreme Leader Ali Khamenei told a crowd in Mashhad that Iran would not "
     "bow to American pressure.",
     "Ali Khamene'i",
     "Address at Shrine\n\nAyatollah Ali Khamene'i, speaking at the shrine in Mashhad, said the "
     "Islamic Republic would resist pressure from Washington."),
    ("person", "Abdul Rashid Dostum",
     "Vice-President Returns\n\nAfghan Vice-President Abdul Rashid Dostum returned to his "
     "stronghold of Sheberghan after a year abroad, his aides said.",
     "Abdul Rasheed Dostum",
     "Welcome in Jowzjan\n\nThousands of supporters greeted Abdul Rasheed Dostum in Sheberghan, "
     "the capital of Jowzjan province, aides said."),
    ("person", "Abd Rabbuh Mansur Hadi",
     "Leader Addresses Summit\n\nYemeni President Abd Rabbuh Mansur Hadi told an Arab League summit "
     "that the rebels who drove him from power must surrender.",
     "Abed Rabbo Mansour Hadi",
     "Call to Surrender\n\nAddressing fellow leaders at the Arab League meeting, Abed Rabbo "
     "Mansour Hadi called the rebels puppets of Iran."),
    # -- groups -------------------------------------------------------------------------------
    ("group", "Sipah-e-Sahaba",
     "Group Banned\n\nPakistan banned Sipah-e-Sahaba on Saturday and arrested its activists in "
     "Jhang, the interior ministry said.",
     "Sipah-i-Sahaba",
     "Crackdown on Militants\n\nPolice in Jhang rounded up dozens of members of Sipah-i-Sahaba "
     "after the government outlawed the sectarian group."),
    ("group", "Harakat al-Nujaba",
     "Militia Designated\n\nWashington designated Harakat al-Nujaba and its leader Akram "
     "al-Kaabi as terrorists, the State Department said.",
     "Harakat an-Nujaba",
     "US Blacklists Militia\n\nThe State Department put the Iraqi militia Harakat an-Nujaba, led "
     "by Akram al-Kaabi, on its terrorism list."),
    ("group", "Jundallah",
     "Mosque Bombing\n\nJundallah claimed a suicide bombing at a mosque in Zahedan that killed "
     "worshippers, Iranian media reported.",
     "Jondollah",
     "Blast in Zahedan\n\nIranian media said the Sunni militant group Jondollah was behind a "
     "suicide attack on a Shi'ite mosque in Zahedan."),
    ("group", "Saraya al-Salam",
     "Militia Deploys\n\nSaraya al-Salam fighters of the Sadrist movement deployed "
     "around the shrine in Samarra, Iraqi officials said.",
     "Saraya as-Salam",
     "Shrine Guarded\n\nIraqi officials said Saraya as-Salam, the armed wing of the Sadrist "
     "movement, had sent units to protect Samarra."),
    ("group", "Komala",
     "Bases Struck\n\nIranian drones struck bases of the Kurdish opposition party Komala near "
     "Zrgwez in northern Iraq, the party said.",
     "Komalah",
     "Drone Attacks\n\nKomalah said Revolutionary Guards drones had hit its camp at Zrgwez in "
     "the mountains of northern Iraq."),
    ("group", "Hizbul Mujahideen",
     "Commander Designated\n\nThe US designated Syed Salahuddin, the Muzaffarabad-based chief "
     "of Hizbul Mujahideen, a global terrorist.",
     "Hizb-ul-Mujahideen",
     "Kashmiri Militant Listed\n\nHizb-ul-Mujahideen leader Syed Salahuddin, who lives in "
     "Muzaffarabad, was placed on a US terrorism list."),
    ("group", "Fatah al-Islam",
     "Camp Battle\n\nLebanese troops shelled Fatah al-Islam positions inside the Nahr al-Bared "
     "refugee camp, the army said.",
     "Fateh al-Islam",
     "Army Pounds Camp\n\nThe Lebanese army said it had bombarded Fateh al-Islam militants "
     "holed up in Nahr al-Bared in northern Lebanon."),
    ("group", "Suqour al-Sham",
     "Rebels Attack Checkpoints\n\nSuqour al-Sham fighters attacked army checkpoints in Jabal "
     "al-Zawiya, opposition activists said.",
     "Suqur al-Sham",
     "Clashes in Jabal al-Zawiya\n\nActivists said the rebel brigade Suqur al-Sham had stormed "
     "government checkpoints in the Jabal al-Zawiya hills."),
]

BLIND_MUST_NOT_MERGE = [
    ("father and son", "Jalaluddin Haqqani",
     "Network Leadership\n\nSirajuddin Haqqani now runs the network founded by his father "
     "Jalaluddin Haqqani, the Taliban said in a statement.",
     "Sirajuddin Haqqani", None),
    ("Abu and Umm", "Abu Sayyaf",
     "Raid in Eastern Syria\n\nUS special forces killed Abu Sayyaf in a raid near the al-Omar "
     "oil field and captured his wife Umm Sayyaf, the Pentagon said.",
     "Umm Sayyaf", None),
    ("provinces", "Paktia",
     "Border Provinces\n\nTaliban fighters crossed from Paktika into Paktia overnight and "
     "attacked a district headquarters, Afghan officials said.",
     "Paktika", None),
    ("towns", "Kafr Nabudah",
     "Front Line Shifts\n\nGovernment troops captured Kafr Nabudah and shelled Kafr Nabl "
     "further north, Syrian activists said.",
     "Kafr Nabl", None),
    ("towns", "Sabha",
     "Migrant Route\n\nSmugglers move migrants from Sabha in the desert south to Sabratha on "
     "the coast, the UN migration agency said.",
     "Sabratha", None),
    ("town and nisba", "Hamadan",
     "General Buried\n\nRevolutionary Guards general Hossein Hamadani, killed in Syria, was "
     "buried in his home city of Hamadan, Iranian media said.",
     "Hossein Hamadani", None),
    ("brothers", "Qais al-Khazali",
     "Militia Leaders Captured\n\nBritish forces detained Qais al-Khazali and his brother Laith "
     "al-Khazali in southern Iraq, the military said.",
     "Laith al-Khazali", None),
    ("two clerics", "Fazlur Rehman",
     "Cleric Condemns Swat Violence\n\nMaulana Fazlur Rehman criticised the Swat Taliban of "
     "Maulana Fazlullah over attacks on girls' schools in Pakistan.",
     "Fazlullah", None),
]


# -- blind2: 30 + 10 pairs written by a helper that never read the rules, after the changes
# of stop 25 to the folds. Some names are also rule examples (Gaddafi, Rouhani, Kobani,
# Mazar-i-Sharif, Lashkar Gah, Hayat Tahrir), so not every pair is unseen.
BLIND2_VARIANTS = [
    # (kind, form in first report, first report text, form in second report, second report text)

    # ---- people ----
    ("person", "Moqtada al-Sadr",
     "Cleric Calls for March\n\nShi'ite cleric Moqtada al-Sadr called on his followers on Friday to stage a "
     "million-strong march in Baghdad against the U.S. military presence.",
     "Muqtada al-Sadr",
     "Sadr Urges Mass Rally\n\nPowerful Iraqi cleric Muqtada al-Sadr urged supporters to rally in the capital "
     "against American troops, his office said in a statement."),
    ("person", "Hassan Rouhani",
     "Iranian President Heads to UN\n\nIranian President Hassan Rouhani left Tehran for the U.N. General Assembly "
     "in New York on Monday, state media said.",
     "Hassan Rohani",
     "Iran's Leader Departs for New York\n\nPresident Hassan Rohani departed to attend the annual United Nations "
     "General Assembly, Iranian media reported."),
    ("person", "Muammar Gaddafi",
     "Libyan Leader Defiant\n\nMuammar Gaddafi vowed in a televised speech on Tuesday to fight 'to the last drop "
     "of blood' against the uprising.",
     "Moammar Gadhafi",
     "Gadhafi Vows to Fight On\n\nLibyan leader Moammar Gadhafi said in a rambling TV address that he would die "
     "a martyr rather than leave the country."),
    ("person", "Gulbuddin Hekmatyar",
     "Former Warlord Returns\n\nFormer warlord Gulbuddin Hekmatyar returned to Kabul on Thursday after two decades "
     "in hiding, under a peace deal with the government.",
     "Gulbuddin Hikmatyar",
     "Hikmatyar Back in Capital\n\nVeteran Afghan leader Gulbuddin Hikmatyar arrived in the Afghan capital at the "
     "head of a large convoy, ending 20 years in exile."),
    ("person", "Ismail Haniyeh",
     "Hamas Leader Visits Cairo\n\nHamas political chief Ismail Haniyeh arrived in Cairo on Saturday for talks "
     "with Egyptian officials on a Gaza ceasefire.",
     "Ismail Haniya",
     "Haniya in Egypt for Truce Talks\n\nIsmail Haniya, head of the Hamas political bureau, held talks with "
     "Egyptian intelligence officials in Cairo on a truce in Gaza."),
    ("person", "Khalifa Haftar",
     "Eastern Forces Advance\n\nForces loyal to eastern commander Khalifa Haftar advanced towards Tripoli on "
     "Thursday, raising fears of a new civil war.",
     "Khalifa Hifter",
     "Hifter Orders March on Tripoli\n\nLibyan military commander Khalifa Hifter ordered his forces to move on "
     "the capital, Tripoli, in a video statement."),
    ("person", "Hafez al-Assad",
     "Mausoleum Set Ablaze\n\nRebel fighters set fire to the mausoleum of Hafez al-Assad in his hometown of "
     "Qardaha, video footage showed.",
     "Hafiz al-Assad",
     "Assad Family Tomb Burned\n\nThe tomb of late Syrian President Hafiz al-Assad in Qardaha was torched by "
     "opposition fighters, according to footage published on Wednesday."),
    ("person", "Nouri al-Maliki",
     "Iraqi Premier Meets Envoy\n\nPrime Minister Nouri al-Maliki met the U.S. ambassador in Baghdad on Sunday "
     "to discuss the security situation, his office said.",
     "Nuri al-Maliki",
     "Maliki Holds Security Talks\n\nIraq's Prime Minister Nuri al-Maliki discussed security with the American "
     "ambassador, according to a government statement."),
    ("person", "Qassem Soleimani",
     "Iranian General Killed\n\nQassem Soleimani, commander of Iran's Quds Force, was killed in a U.S. drone "
     "strike at Baghdad airport on Friday, the Pentagon said.",
     "Qasem Soleimani",
     "US Strike Kills Quds Force Chief\n\nA U.S. strike near Baghdad International Airport killed General "
     "Qasem Soleimani, Iranian state television announced."),
    ("person", "Mahmoud Abbas",
     "Palestinian President in Paris\n\nPalestinian President Mahmoud Abbas met French leaders in Paris on "
     "Wednesday to seek support for statehood recognition.",
     "Mahmud Abbas",
     "Abbas Holds Talks in France\n\nPresident Mahmud Abbas discussed Palestinian statehood with French "
     "officials, the WAFA news agency reported."),

    # ---- armed groups / organisations ----
    ("group", "Hayat Tahrir al-Sham",
     "Rebels Seize Town\n\nFighters from Hayat Tahrir al-Sham captured a town in northwest Syria on Friday, "
     "a war monitor said.",
     "Hay'at Tahrir al-Sham",
     "Islamist Alliance Advances\n\nThe Hay'at Tahrir al-Sham alliance took control of the town after clashes "
     "with government forces, the Syrian Observatory for Human Rights reported."),
    ("group", "Jabhat al-Nusra",
     "Jihadists Claim Bombing\n\nJabhat al-Nusra claimed responsibility for a car bomb that killed 12 soldiers "
     "in Damascus on Tuesday, according to a statement posted online.",
     "Jabhat al-Nosra",
     "Nosra Front Behind Damascus Blast\n\nSyria's jihadist Jabhat al-Nosra said it carried out the car bombing "
     "in the capital that killed a dozen soldiers."),
    ("group", "Ahrar al-Sham",
     "Rebel Group Names New Leader\n\nAhrar al-Sham named a new commander on Wednesday after its leadership was "
     "killed in an explosion, the group said.",
     "Ahrar ash-Sham",
     "Islamist Faction Picks Chief\n\nThe Syrian rebel group Ahrar ash-Sham appointed a new leader following the "
     "blast that killed its top commanders."),
    ("group", "Jaish-e-Mohammed",
     "Kashmir Attack Claimed\n\nPakistan-based militant group Jaish-e-Mohammed claimed responsibility for the "
     "suicide bombing that killed 40 paramilitary police in Pulwama on Thursday.",
     "Jaish-e-Muhammad",
     "Militants Claim Pulwama Blast\n\nJaish-e-Muhammad said it was behind the suicide car bomb attack on a police "
     "convoy in Kashmir's Pulwama district, which killed 40 troopers."),
    ("group", "Lashkar-e-Taiba",
     "India Blames Militants\n\nIndian officials said Lashkar-e-Taiba was behind the coordinated attacks in Mumbai "
     "that killed more than 160 people.",
     "Lashkar-e-Toiba",
     "Mumbai Attacks Linked to Outfit\n\nInvestigators said the gunmen who attacked Mumbai belonged to the "
     "Pakistan-based Lashkar-e-Toiba, the Press Trust of India reported."),
    ("group", "Tehrik-i-Taliban Pakistan",
     "Pakistani Taliban Claim Attack\n\nThe Tehrik-i-Taliban Pakistan claimed an attack on a police checkpoint in "
     "the northwest that killed four officers, a spokesman said.",
     "Tehreek-e-Taliban Pakistan",
     "Militants Claim Police Post Attack\n\nBanned militant outfit Tehreek-e-Taliban Pakistan said its fighters "
     "attacked a police check post, killing four policemen."),
    ("group", "Asa'ib Ahl al-Haq",
     "Militia Threatens US Forces\n\nThe Iran-backed militia Asa'ib Ahl al-Haq warned on Monday that it would "
     "target U.S. forces if they did not leave Iraq.",
     "Asaib Ahl al-Haq",
     "Iraqi Faction Issues Warning\n\nAsaib Ahl al-Haq, a powerful Shiite armed group, said American troops would "
     "be treated as occupiers unless they withdrew."),
    ("group", "Ansar Allah",
     "Houthis Claim Ship Attack\n\nYemen's Houthi movement, formally known as Ansar Allah, said it fired missiles "
     "at a commercial ship in the Red Sea on Sunday.",
     "Ansarullah",
     "Yemeni Movement Says It Targeted Vessel\n\nYemen's Ansarullah movement announced it had struck a ship in the "
     "Red Sea with missiles, its military spokesman said."),
    ("group", "Hezb-e-Islami",
     "Party Signs Peace Deal\n\nAfghanistan's Hezb-e-Islami signed a peace agreement with the government in Kabul "
     "on Thursday, ending years of insurgency.",
     "Hizb-i-Islami",
     "Peace Accord Signed\n\nThe Afghan government and the Hizb-i-Islami party signed a peace accord in a ceremony "
     "at the presidential palace, officials said."),
    ("group", "Jaish al-Adl",
     "Iran Border Guards Killed\n\nSunni militant group Jaish al-Adl claimed an attack that killed 10 Iranian "
     "border guards in the southeast, Iranian media said.",
     "Jaish ul-Adl",
     "Militants Claim Deadly Border Raid\n\nJaish ul-Adl, a Baloch militant group, said its fighters carried out "
     "the attack on an Iranian border post, killing 10 guards."),

    # ---- towns / provinces ----
    ("town", "Baqubah",
     "Bombing North of Baghdad\n\nA car bomb exploded in a market in Baqubah, north of Baghdad, killing at least "
     "15 people, police said.",
     "Baquba",
     "Market Blast Kills 15\n\nAt least 15 people died when a car bomb tore through a busy market in the city of "
     "Baquba, capital of Diyala province, security sources said."),
    ("town", "Nasiriyah",
     "Protesters Killed in South\n\nSecurity forces shot dead protesters in the southern city of Nasiriyah on "
     "Thursday, medics said.",
     "Nassiriya",
     "Deadly Crackdown in Iraq's South\n\nIraqi forces opened fire on demonstrators in Nassiriya, killing several "
     "people, medical sources said."),
    ("town", "Kobani",
     "Kurdish Fighters Hold Town\n\nKurdish fighters repelled an assault on the Syrian border town of Kobani on "
     "Tuesday, a monitoring group said.",
     "Kobane",
     "Defenders Push Back Jihadists\n\nKurdish YPG fighters pushed back jihadists attacking Kobane, on the Turkish "
     "border, according to the Syrian Observatory for Human Rights."),
    ("town", "Manbij",
     "Troops Enter Northern Town\n\nSyrian government forces entered the northern town of Manbij on Tuesday after "
     "Kurdish-led forces invited them in, state media said.",
     "Menbij",
     "Army Deploys in North\n\nSyrian army troops deployed in Menbij following an agreement with Kurdish-led "
     "forces, the state news agency SANA reported."),
    ("town", "Mazar-i-Sharif",
     "Blast in Northern City\n\nAn explosion at a mosque in Mazar-i-Sharif killed at least 30 worshippers on "
     "Thursday, a provincial spokesman said.",
     "Mazar-e-Sharif",
     "Mosque Bombing Kills Dozens\n\nA bomb ripped through a Shiite mosque in the northern Afghan city of "
     "Mazar-e-Sharif during prayers, officials said."),
    ("town", "Lashkar Gah",
     "Fighting Reaches City\n\nTaliban fighters pushed into Lashkar Gah in southern Afghanistan on Sunday, "
     "Afghan officials said.",
     "Lashkargah",
     "Battle for Provincial Capital\n\nHeavy fighting raged in Lashkargah as the Taliban tried to seize the "
     "southern city, residents said."),
    ("town", "Hodeidah",
     "Port City Offensive\n\nSaudi-led coalition forces launched an assault on the Red Sea port of Hodeidah on "
     "Wednesday, Yemeni military sources said.",
     "Hudaydah",
     "Coalition Begins Port Assault\n\nForces backed by Saudi Arabia and the UAE began an offensive to take "
     "Hudaydah, Yemen's main port, officials said."),
    ("town", "Misrata",
     "Militias Mobilise\n\nArmed groups from the western city of Misrata sent reinforcements toward Tripoli on "
     "Saturday, witnesses said.",
     "Misurata",
     "Western Forces Head to Capital\n\nFighters from Misurata, Libya's third-largest city, moved convoys toward "
     "the capital, residents said."),
    ("town", "Erbil",
     "Rockets Hit Kurdish Capital\n\nRockets struck near the airport in Erbil on Monday, the Kurdistan Region's "
     "counter-terrorism service said.",
     "Arbil",
     "Attack Near Airport\n\nSeveral rockets landed near the international airport in Arbil, northern Iraq, "
     "Kurdish authorities said."),
    ("province", "Khyber Pakhtunkhwa",
     "Police Killed in Northwest\n\nGunmen killed three policemen in Khyber Pakhtunkhwa province on Saturday, "
     "officials said.",
     "Khyber Pukhtunkhwa",
     "Attack on Police Van\n\nThree police officers were killed when militants attacked their vehicle in "
     "Khyber Pukhtunkhwa, police said."),
]

BLIND2_MUST_NOT_MERGE = [
    # (kind, form A, one report that mentions BOTH names, form B, None)
    ("brothers", "Bashar al-Assad",
     "Elite Division Deployed\n\nThe army's Fourth Division, commanded by Maher al-Assad, was deployed to the "
     "outskirts of Damascus, a move seen as tightening President Bashar al-Assad's grip on the capital.",
     "Maher al-Assad", None),
    ("father and son", "Masoud Barzani",
     "New Kurdish Premier\n\nMasrour Barzani was sworn in as prime minister of the Kurdistan Region on Wednesday, "
     "with his father Masoud Barzani, head of the Kurdistan Democratic Party, attending the ceremony.",
     "Masrour Barzani", None),
    ("father and son", "Ahmad Shah Massoud",
     "Resistance Leader Vows Fight\n\nAhmad Massoud, who leads the National Resistance Front in the Panjshir "
     "valley, vowed to continue the struggle his father Ahmad Shah Massoud waged against the Taliban.",
     "Ahmad Massoud", None),
    ("town and person named after it", "Zarqa",
     "Militant's Hometown\n\nAbu Musab al-Zarqawi, who took his nom de guerre from his hometown of Zarqa, "
     "northeast of Amman, led a string of bombings in Iraq before he was killed in 2006.",
     "Abu Musab al-Zarqawi", None),
    ("two groups with overlapping names", "Tehrik-e-Labbaik Pakistan",
     "Protests Block Highways\n\nSupporters of the far-right religious party Tehrik-e-Labbaik Pakistan blocked "
     "roads in Lahore, while officials said the protests were unrelated to attacks by the banned "
     "Tehrik-e-Taliban Pakistan in the northwest.",
     "Tehrik-e-Taliban Pakistan", None),
    ("two provinces with similar names", "East Azerbaijan",
     "Quake Hits Northwest Iran\n\nA magnitude 5.9 earthquake struck near Khoy in West Azerbaijan province, and "
     "tremors were felt in neighbouring East Azerbaijan, state media said.",
     "West Azerbaijan", None),
    ("two provinces across a border", "Sistan-Baluchestan",
     "Border Guards Killed\n\nGunmen killed Iranian border guards in Sistan-Baluchestan province near the frontier "
     "with Pakistan's Balochistan province, Iranian state media reported.",
     "Balochistan", None),
    ("two parties with similar names", "Jamaat-e-Islami",
     "Religious Parties Plan Rallies\n\nJamaat-e-Islami and Jamiat Ulema-e-Islam, two of Pakistan's largest "
     "religious parties, announced separate rallies in Karachi on Friday.",
     "Jamiat Ulema-e-Islam", None),
    ("father and son", "Ali al-Sistani",
     "Cleric's Son Receives Delegation\n\nMohammed Ridha al-Sistani, the son of Grand Ayatollah Ali al-Sistani, "
     "received a delegation of tribal leaders in Najaf on Tuesday, the cleric's office said.",
     "Mohammed Ridha al-Sistani", None),
    ("two districts with similar names", "North Waziristan",
     "Curfew Imposed\n\nAuthorities imposed a curfew in North Waziristan after the army launched an operation "
     "against militants in neighbouring South Waziristan, officials said.",
     "South Waziristan", None),
]


# -- blind3: 30 + 10 pairs written at stop 29 by a helper that never read the rules, measured
# before the rules changed that stop. Some names are also rule examples (Adhamiya,
# Lashkar-e-Jhangvi, Hurras al-Din), so not every pair is unseen.
BLIND3_VARIANTS = [
    # (kind, form in first report, first report text, form in second report, second report text)

    # ---- people ----
    ("person", "Haibatullah Akhundzada",
     "Taliban Leader Issues Decree on Courts\n\nTaliban supreme leader Haibatullah Akhundzada ordered judges across Afghanistan to apply his rulings in full, a spokesman said on Monday.",
     "Hibatullah Akhundzada",
     "Afghan Judges Told to Follow Edict\n\nA new edict from Hibatullah Akhundzada, the reclusive head of Afghanistan's rulers, was read out to judges gathered in Kabul."),
    ("person", "Shehbaz Sharif",
     "Pakistan PM Heads to Beijing\n\nPrime Minister Shehbaz Sharif left for China on Tuesday for talks on investment and power projects, his office said.",
     "Shahbaz Sharif",
     "Pakistan, China Discuss Corridor Projects\n\nPakistani Prime Minister Shahbaz Sharif met Chinese officials in Beijing to discuss delayed energy schemes."),
    ("person", "Esmail Qaani",
     "Iranian Commander Visits Baghdad\n\nEsmail Qaani, head of the Revolutionary Guards' Quds Force, held talks with Iraqi faction leaders in Baghdad, two sources said.",
     "Esmail Ghaani",
     "Quds Force Chief Meets Iraqi Allies\n\nGen. Esmail Ghaani met leaders of Tehran-aligned groups during an unannounced trip to Iraq, officials said Thursday."),
    ("person", "Fayez al-Serraj",
     "Libyan PM Says He Will Step Down\n\nFayez al-Serraj, head of Libya's U.N.-backed government, said on Wednesday he hoped to hand over power by the end of October.",
     "Fayez Sarraj",
     "Libya Leader Plans to Quit\n\nLibya's U.N.-supported Prime Minister Fayez Sarraj announced he would resign once a new executive is formed, in a televised speech."),
    ("person", "Hadi al-Amiri",
     "Iraqi Militia Leader Withdraws From Race\n\nHadi al-Amiri, who leads the Badr Organisation, said on Sunday he would not seek the premiership, easing a standoff among Shiite parties.",
     "Hadi al-Ameri",
     "Badr Chief Steps Aside\n\nBadr leader Hadi al-Ameri pulled out of the contest for Iraq's prime minister, a statement from his office said."),
    ("person", "Mazloum Abdi",
     "SDF Commander Calls for Talks\n\nMazloum Abdi, commander of the U.S.-backed Syrian Democratic Forces, urged Damascus to negotiate over the future of northeast Syria.",
     "Mazlum Abdi",
     "Kurdish-Led Force Seeks Dialogue\n\nSyrian Democratic Forces chief Mazlum Abdi told reporters in northeast Syria on Saturday that his fighters were ready for negotiations with the government."),
    ("person", "Abdel Fattah al-Burhan",
     "Sudan Army Chief Rejects Truce Terms\n\nSudan's army chief Abdel Fattah al-Burhan said on Monday the military would not accept a ceasefire while the paramilitary Rapid Support Forces held civilian areas.",
     "Abdel-Fattah Burhan",
     "Sudan General Vows to Fight On\n\nGen. Abdel-Fattah Burhan, head of Sudan's ruling council, told troops in Port Sudan that the war would continue until the RSF surrendered."),
    ("person", "Hassan Sheikh Mohamud",
     "Somali President Vows Offensive\n\nSomali President Hassan Sheikh Mohamud pledged a new push against militants in the central regions, speaking in Mogadishu on Thursday.",
     "Hassan Sheikh Mohamoud",
     "Somalia Plans New Campaign\n\nPresident Hassan Sheikh Mohamoud told lawmakers that government forces and clan militias would launch fresh operations in Hiran region."),
    ("person", "Nabih Berri",
     "Lebanese Speaker Calls Parliament Session\n\nParliament Speaker Nabih Berri called lawmakers to convene on Thursday to vote for a new president, his office said.",
     "Nabih Birri",
     "Lebanon's Parliament to Meet on Presidency\n\nSpeaker Nabih Birri set a session for later this week as Lebanon seeks to fill a presidential vacancy that has lasted for months."),
    ("person", "Iyad Ag Ghaly",
     "Mali Militant Leader Appears in Video\n\nIyad Ag Ghaly, a Tuareg jihadist leader, appeared in a new video calling on fighters in northern Mali to hold their positions.",
     "Iyad ag Ghali",
     "Jihadist Chief Issues Message\n\nA recording attributed to Iyad ag Ghali was circulated online on Friday, urging followers in the Sahel to continue attacks on Malian forces."),
    ("person", "Abubakar Shekau",
     "Nigerian Army Says Insurgent Leader Wounded\n\nNigeria's military said on Tuesday that Boko Haram leader Abubakar Shekau had been wounded in an air strike in Borno state.",
     "Abu Bakar Shekau",
     "Boko Haram Leader Reported Hurt\n\nThe Nigerian army claimed Abu Bakar Shekau was injured in a raid in the Sambisa forest, a claim that could not be independently verified."),
    ("person", "Aidarous al-Zubaidi",
     "Yemen Separatist Leader Returns to Aden\n\nAidarous al-Zubaidi, head of the Southern Transitional Council, arrived in Aden on Saturday after months abroad, the group said.",
     "Aidarus al-Zubaidi",
     "Southern Yemen Leader Back in Port City\n\nSouthern Transitional Council president Aidarus al-Zubaidi was greeted by supporters at Aden airport."),

    # ---- armed groups / parties / organisations ----
    ("organisation", "Hurras al-Din",
     "U.S. Strike Kills Militants in Syria\n\nA U.S. drone strike killed two senior members of Hurras al-Din in northwest Syria on Thursday, a monitoring group said.",
     "Hurras ad-Din",
     "Drone Targets Jihadist Commanders\n\nTwo commanders of the jihadist group Hurras ad-Din died when their car was hit near the Turkish border, according to local activists."),
    ("organisation", "Saraya Awliya al-Dam",
     "Little-Known Group Claims Rocket Attack\n\nA group calling itself Saraya Awliya al-Dam claimed responsibility for a rocket attack on a military base in northern Iraq that killed a contractor.",
     "Saraya Awliya al-Damm",
     "Shadowy Faction Behind Iraq Attack\n\nIraqi officials said Saraya Awliya al-Damm, believed to be a front for Iran-aligned militias, was behind Monday's rocket strike."),
    ("organisation", "Gorran",
     "Kurdish Opposition Party Quits Coalition\n\nThe Gorran movement said on Wednesday it would leave the Kurdistan Regional Government, citing disputes over salaries.",
     "Goran",
     "Change Movement Pulls Out of Kurdish Cabinet\n\nGoran, Iraqi Kurdistan's main opposition party, announced its ministers would resign over unpaid public wages."),
    ("organisation", "Izz ad-Din al-Qassam Brigades",
     "Hamas Armed Wing Claims Attack\n\nThe Izz ad-Din al-Qassam Brigades, Hamas's armed wing, said its fighters fired rockets toward southern Israel on Tuesday.",
     "Ezzedine al-Qassam Brigades",
     "Gaza Militants Launch Rockets\n\nHamas's Ezzedine al-Qassam Brigades claimed a barrage of rockets fired from Gaza at Israeli towns near the border."),
    ("organisation", "Lashkar-e-Jhangvi",
     "Pakistani Police Kill Sectarian Militants\n\nCounter-terrorism police said they killed four members of Lashkar-e-Jhangvi in a shootout near Quetta on Sunday.",
     "Lashkar-i-Jhangvi",
     "Shootout in Southwest Pakistan\n\nFour suspected militants from the banned Lashkar-i-Jhangvi were killed in a gunfight on the outskirts of Quetta, officials said."),
    ("organisation", "Mujahedeen-e-Khalq",
     "Iran Accuses Exiled Group Over Unrest\n\nIran's intelligence ministry accused the Mujahedeen-e-Khalq of stoking protests, state media reported on Monday.",
     "Mujahideen-e-Khalq",
     "Tehran Blames Opposition Group\n\nIranian officials blamed the exiled Mujahideen-e-Khalq, known as the MEK, for recent street protests in several cities."),
    ("organisation", "Ansar Beit al-Maqdis",
     "Egyptian Militants Claim Sinai Attack\n\nAnsar Beit al-Maqdis said it carried out an attack on a checkpoint in northern Sinai that killed five soldiers.",
     "Ansar Bayt al-Maqdis",
     "Sinai Group Says It Hit Army Post\n\nThe Sinai-based Ansar Bayt al-Maqdis claimed responsibility for an assault on an Egyptian army checkpoint near El-Arish."),
    ("organisation", "Janjaweed",
     "Darfur Villagers Describe Attacks\n\nResidents of a village in West Darfur said Janjaweed fighters on horseback burned homes and looted livestock.",
     "Janjawid",
     "Sudan Militia Raids Reported\n\nWitnesses told aid workers that Janjawid militiamen raided several villages in Darfur this week, forcing thousands to flee."),
    ("organisation", "Ahlu Sunna Wal Jama'a",
     "Somali Militia Clashes With Troops\n\nFighters from Ahlu Sunna Wal Jama'a clashed with federal troops in the central town of Guriel, residents said.",
     "Ahlu Sunna Waljamaa",
     "Fighting Erupts in Central Somalia\n\nThe Sufi militia Ahlu Sunna Waljamaa said its forces had taken control of parts of Guriel after fighting with government soldiers."),

    # ---- places ----
    ("place", "Ras al-Ain",
     "Turkish-Backed Forces Enter Syrian Border Town\n\nTurkish-backed Syrian rebels entered Ras al-Ain on Wednesday after days of clashes with Kurdish-led fighters, a war monitor said.",
     "Ras al-Ayn",
     "Syria Border Town Falls\n\nKurdish fighters withdrew from the border town of Ras al-Ayn under a U.S.-brokered deal, the Syrian Democratic Forces said."),
    ("place", "Adhamiya",
     "Bomb Kills Three in Baghdad\n\nA roadside bomb exploded in the Adhamiya district of Baghdad on Monday, killing three people, police said.",
     "Azamiyah",
     "Blast Hits Sunni Area of Iraqi Capital\n\nAn explosion in Baghdad's mainly Sunni Azamiyah neighborhood killed at least three civilians, according to hospital officials."),
    ("place", "Derna",
     "Flood Death Toll Rises in Eastern Libya\n\nThe death toll from floods in the Libyan city of Derna rose above 4,000 on Thursday, the Red Crescent said.",
     "Darnah",
     "Rescuers Search Ruins of Libyan City\n\nRescue teams dug through mud and rubble in Darnah, where two dams burst during a storm, the U.N. said."),
    ("place", "Nabatieh",
     "Strike Hits South Lebanon Town\n\nAn Israeli strike hit a building in Nabatieh on Tuesday, Lebanon's state news agency said.",
     "Nabatiyeh",
     "Air Raid in Southern Lebanon\n\nIsraeli jets struck near the southern city of Nabatiyeh, wounding several people, Lebanese media reported."),
    ("place", "Tulkarm",
     "Israeli Raid in West Bank Camp\n\nIsraeli forces raided the Nur Shams camp near Tulkarm on Sunday, the Palestinian health ministry said.",
     "Tulkarem",
     "Palestinians Killed in Army Operation\n\nTwo Palestinians were killed during an Israeli operation in Tulkarem in the occupied West Bank, medics said."),
    ("place", "Uruzgan",
     "Taliban Attack Police Posts in Central Afghanistan\n\nTaliban fighters attacked police checkpoints in Uruzgan province overnight, killing six officers, a provincial spokesman said.",
     "Oruzgan",
     "Afghan Police Killed in Ambush\n\nSix policemen died when insurgents stormed checkpoints near Tarin Kot, capital of Oruzgan, officials said on Wednesday."),
    ("place", "Bajaur",
     "Blast at Political Rally in Pakistan\n\nA suicide bomber struck a political rally in Bajaur district on Sunday, killing dozens, police said.",
     "Bajour",
     "Dozens Killed in Northwest Pakistan Bombing\n\nAn explosion tore through a party convention in the tribal district of Bajour near the Afghan border, officials said."),
    ("place", "Kismayo",
     "Somali Port City Votes for Regional Leader\n\nLawmakers in Kismayo re-elected the leader of Jubbaland on Monday, defying the federal government.",
     "Kismayu",
     "Jubbaland Leader Wins New Term\n\nThe regional parliament meeting in Kismayu voted to give Jubbaland's president another term, a move Mogadishu called illegal."),
    ("place", "Bayda",
     "Fighting Intensifies in Central Yemen\n\nYemeni government forces and rebels clashed in Bayda province on Friday, tribal sources said.",
     "Baidha",
     "Clashes in Yemen's Interior\n\nDozens of fighters were killed in two days of fighting in Baidha, a province southeast of the capital, local officials said."),
]

BLIND3_MUST_NOT_MERGE = [
    # (kind, form a, text holding both forms or form a, form b, second text or None when both are in the first)
    ("father and son", "Asif Ali Zardari",
     "Pakistan Peoples Party Names Candidate\n\nBilawal Bhutto Zardari, the son of former President Asif Ali Zardari, was named as the party's candidate for prime minister on Wednesday.",
     "Bilawal Bhutto Zardari", None),
    ("brothers", "Ashraf Ghani",
     "Afghan President Meets Tribal Elders\n\nPresident Ashraf Ghani met tribal elders in Kabul on Saturday to discuss the peace process.",
     "Hashmat Ghani",
     "Afghan President's Brother Backs New Rulers\n\nHashmat Ghani, brother of the former Afghan president, said he had pledged allegiance to the new Taliban government."),
    ("brothers", "Qubad Talabani",
     "Kurdish Leaders Attend Talks\n\nQubad Talabani, deputy prime minister of the Kurdistan region, and his brother Bafel Talabani, who leads the Patriotic Union of Kurdistan, attended the meeting.",
     "Bafel Talabani", None),
    ("different officials", "Fuad Hussein",
     "Iraqi Leaders Meet Visiting Envoy\n\nIraqi Foreign Minister Fuad Hussein and former President Fuad Masum met the U.N. envoy in Baghdad on Tuesday.",
     "Fuad Masum", None),
    ("successive leaders", "Abu Ibrahim al-Hashimi al-Qurashi",
     "Jihadist Group Names New Leader\n\nThe militant group said Abu al-Hasan al-Hashimi al-Qurashi had been chosen to succeed Abu Ibrahim al-Hashimi al-Qurashi, who was killed in a U.S. raid in Syria.",
     "Abu al-Hasan al-Hashimi al-Qurashi", None),
    ("different towns", "Bint Jbeil",
     "Strike Hits Southern Lebanon Town\n\nAn Israeli drone strike hit a car in Bint Jbeil near the border, Lebanese state media said.",
     "Jbeil",
     "Tourists Return to Historic Port\n\nVisitors crowded the old souk of Jbeil, the coastal town north of Beirut also known as Byblos, over the weekend."),
    ("different cities", "Dera Ismail Khan",
     "Attacks Hit Two Pakistani Cities\n\nGunmen attacked a police station in Dera Ismail Khan on Monday, hours after a bomb exploded at a market in Dera Ghazi Khan, officials said.",
     "Dera Ghazi Khan", None),
    ("different groups", "Jaish al-Fatah",
     "Rebel Alliances Trade Blame in Syria\n\nThe Jaish al-Fatah coalition and the Free Syrian Army faction Jaish al-Izza traded accusations over the loss of villages in northern Syria, activists said.",
     "Jaish al-Izza", None),
    ("different groups", "Ansar Dine",
     "Mali Islamists Destroy Shrines\n\nFighters from Ansar Dine destroyed ancient mausoleums in Timbuktu on Saturday, witnesses said.",
     "Ansar al-Islam",
     "Kurdish Forces Battle Militants\n\nKurdish Peshmerga fighters clashed with Ansar al-Islam militants in the mountains near the Iranian border, a Kurdish official said."),
    ("person and town", "Tikrit",
     "Family Cemetery Graves Moved\n\nThe remains of Barzan al-Tikriti, Saddam Hussein's half-brother, were removed from a family cemetery near Tikrit, local officials said.",
     "Barzan al-Tikriti", None),
]


# -- blind4: 30 + 10 pairs written by a helper that never read the rules or the linker code.
BLIND4_VARIANTS = [
    # (kind, form in first report, first report text, form in second report, second report text)

    # ---- people ----
    ("person", "Andrey Rublev",
     "Russian Seed Into Dubai Quarter-Finals\n\nRussia's Andrey Rublev reached the quarter-finals of the Dubai Tennis Championships on Wednesday with a 6-4, 6-3 win over a qualifier.",
     "Andrei Rublev",
     "Rublev Cruises Into Last Eight\n\nAndrei Rublev needed just over an hour to book his place in the last eight in Dubai, where he is one of the top seeds, tournament organisers said."),
    ("person", "Sardar Azmoun",
     "Iran Striker Hits Double in Qualifier\n\nIran forward Sardar Azmoun scored twice as his side won a World Cup qualifier at Tehran's Azadi Stadium on Thursday.",
     "Serdar Azmoun",
     "Team Melli Stay Top of Group\n\nSerdar Azmoun, Iran's leading scorer, netted both goals in a 2-0 qualifying win in the Iranian capital, keeping the national team top of their Asian group."),
    ("person", "Kassym-Jomart Tokayev",
     "Kazakh President Calls Snap Election\n\nKazakhstan's President Kassym-Jomart Tokayev on Thursday called an early presidential election, saying the vote would renew the country's political system.",
     "Qasym-Jomart Toqaev",
     "Kazakhstan to Hold Early Vote\n\nPresident Qasym-Jomart Toqaev told parliament in Astana that Kazakhs would elect a head of state ahead of schedule, according to the presidential website."),
    ("person", "Mohammad Bagher Ghalibaf",
     "Iran Parliament Re-elects Speaker\n\nIranian lawmakers re-elected Mohammad Bagher Ghalibaf, a former Revolutionary Guards commander and ex-mayor of Tehran, as parliament speaker on Tuesday.",
     "Mohammad Baqer Qalibaf",
     "Hardliner Keeps Top Post in Majlis\n\nMohammad Baqer Qalibaf secured another one-year term as speaker of Iran's parliament after winning a majority of votes in the chamber, state media said."),
    ("person", "Bezalel Smotrich",
     "Israel Withholds Palestinian Funds\n\nIsraeli Finance Minister Bezalel Smotrich said on Sunday he would withhold tax revenues that Israel collects on behalf of the Palestinian Authority.",
     "Betzalel Smotrich",
     "Israeli Minister Freezes PA Transfers\n\nBetzalel Smotrich, the far-right politician who heads Israel's finance ministry, ordered a halt to transfers of tax money to the Palestinian Authority, his office said."),
    ("person", "Dawood Ibrahim",
     "India Renews Call to Extradite Gangster\n\nIndia again asked Pakistan to hand over Dawood Ibrahim, the underworld figure accused of masterminding the 1993 Mumbai bombings, officials in New Delhi said.",
     "Daud Ibrahim",
     "Fugitive Crime Boss's Assets Seized\n\nIndian investigators seized properties in Mumbai linked to fugitive crime boss Daud Ibrahim, who is believed to be living in Karachi, the National Investigation Agency said."),
    ("person", "Ado Aliero",
     "Nigeria Declares Bandit Leader Wanted\n\nNigeria's military placed notorious bandit leader Ado Aliero on its wanted list on Thursday, accusing him of mass kidnappings in Zamfara and Katsina states.",
     "Ado Alero",
     "Army Seeks Gang Chief in Northwest\n\nThe Nigerian army offered a reward for information leading to the arrest of Ado Alero, whose gang has terrorised villages across northwest Nigeria, a spokesman said in Abuja."),
    ("person", "Mukhtar Robow",
     "Ex-Militant Named Somali Minister\n\nMukhtar Robow, a former deputy leader of Somalia's al Qaeda-linked insurgency, was named minister of religious affairs on Tuesday.",
     "Mukhtar Roobow",
     "Former Insurgent Joins Cabinet\n\nSomalia's prime minister appointed Mukhtar Roobow, who defected from the militants in 2017, to head the ministry of endowments and religious affairs in Mogadishu."),
    ("person", "Cemil Bayik",
     "PKK Commander Sets Conditions\n\nCemil Bayik, a founding member of the Kurdistan Workers Party (PKK), said in an interview that the group's fighters in the Qandil mountains would not withdraw until Turkey took concrete steps.",
     "Jamil Bayik",
     "Kurdish Militant Leader Rejects Pullout\n\nSenior PKK figure Jamil Bayik told a pro-Kurdish broadcaster that the militants would only lay down arms if Ankara eased the prison conditions of their jailed leader."),
    ("person", "Choe Son Hui",
     "North Korea Warns Over Drills\n\nNorth Korean Foreign Minister Choe Son Hui warned on Saturday that joint U.S.-South Korean exercises were pushing the peninsula toward conflict, state news agency KCNA said.",
     "Choi Son Hui",
     "Pyongyang's Top Diplomat Slams Exercises\n\nChoi Son Hui, North Korea's foreign minister, said in a statement that military drills by Washington and Seoul were a rehearsal for invasion."),
    ("person", "Bajrang Punia",
     "Indian Wrestler Suspended\n\nIndia's anti-doping agency suspended Olympic bronze medallist Bajrang Punia for refusing to give a urine sample at the national selection trials.",
     "Bajrang Poonia",
     "Wrestler Provisionally Banned\n\nBajrang Poonia, who won bronze at the Tokyo Olympics, was provisionally suspended by the National Anti-Doping Agency, officials said in New Delhi."),
    ("person", "Apti Alaudinov",
     "Chechen Commander Claims Advance\n\nApti Alaudinov, commander of Chechnya's Akhmat special forces, said on Telegram that his units had pushed Ukrainian troops back in the Kursk region.",
     "Apty Alaudinov",
     "Akhmat Unit Reports Gains\n\nMaj. Gen. Apty Alaudinov, whose Chechen fighters are deployed alongside Russian troops, told state television his men had retaken several villages near the border."),

    # ---- armed groups / parties / organisations ----
    ("organisation", "Pakistan Tehreek-e-Insaf",
     "Pakistan Opposition Plans Rally\n\nImran Khan's Pakistan Tehreek-e-Insaf party said it would hold a rally in Islamabad on Sunday to demand the release of its jailed founder.",
     "Pakistan Tehrik-e-Insaf",
     "Khan's Party Vows to March on Capital\n\nLeaders of the Pakistan Tehrik-e-Insaf told reporters in Lahore that supporters would converge on Islamabad despite a ban on public gatherings."),
    ("organisation", "Muttahida Qaumi Movement",
     "Karachi Party Joins Coalition\n\nThe Muttahida Qaumi Movement, which draws its support from Urdu-speaking communities in Karachi, agreed on Wednesday to back the new federal government.",
     "Muttehida Qaumi Movement",
     "Urban Sindh Party Backs Government\n\nThe Muttehida Qaumi Movement said it would support the ruling coalition in parliament in return for development funds for Karachi and Hyderabad."),
    ("organisation", "Rosgvardia",
     "Russian Guard to Get Heavy Weapons\n\nPresident Vladimir Putin signed a law allowing Rosgvardia, Russia's National Guard, to be equipped with tanks and heavy artillery, the Kremlin said.",
     "Rosgvardiya",
     "Kremlin Expands National Guard Powers\n\nRussia's National Guard, known as Rosgvardiya, will receive heavy military hardware under legislation signed by the president on Friday, state media reported."),
    ("organisation", "Esteghlal",
     "Tehran Derby Ends Goalless\n\nEsteghlal and Persepolis drew 0-0 in the Tehran derby at the Azadi Stadium on Friday, leaving the Iranian league title race wide open.",
     "Esteqlal",
     "Iranian Giants Share Points\n\nEsteqlal failed to beat city rivals Persepolis in a goalless derby in the Iranian capital and remain two points off the top of the Persian Gulf Pro League."),
    ("organisation", "Dynamo Kyiv",
     "Ukrainian Champions Exit Europe\n\nDynamo Kyiv were knocked out of the Champions League qualifiers on Tuesday after a 2-1 aggregate defeat, in a tie played in Poland because of the war.",
     "Dynamo Kiev",
     "Ukrainian Club Eliminated\n\nDynamo Kiev's European campaign ended in the qualifying rounds after a 1-0 home defeat in Lublin, where the Ukrainian side has been playing its home games."),
    ("organisation", "Lashkar-e-Islam",
     "Militants Attack Checkpost in Khyber\n\nFighters of the banned Lashkar-e-Islam attacked a security checkpost in the Tirah valley of Khyber district overnight, Pakistani officials said.",
     "Lashkar-i-Islam",
     "Pakistani Troops Clash With Militants\n\nSecurity forces killed three members of Lashkar-i-Islam, the group once led by Mangal Bagh, in the Bara area near the Afghan border, the military said."),
    ("organisation", "Liwa Zainabiyoun",
     "Airstrike Hits Militia Base in Syria\n\nAn airstrike killed several members of Liwa Zainabiyoun, a Pakistani Shiite militia backed by Iran, in eastern Syria on Monday, a war monitor said.",
     "Liwa Zainabiyun",
     "Pakistani Fighters Killed in Syria\n\nFighters from Liwa Zainabiyun, recruited among Pakistani Shiites by Iran's Revolutionary Guards, died in a strike on their positions near the Iraqi border, activists said."),
    ("organisation", "Jama'at Nusrat al-Islam wal-Muslimin",
     "Al Qaeda Affiliate Claims Mali Attack\n\nJama'at Nusrat al-Islam wal-Muslimin said it was behind an attack on a military camp in central Mali that killed dozens of soldiers.",
     "Jamaat Nusrat al-Islam wa al-Muslimin",
     "Sahel Jihadists Hit Army Base\n\nThe al Qaeda-linked Jamaat Nusrat al-Islam wa al-Muslimin claimed an assault on a Malian army post in the Mopti region, according to the SITE Intelligence Group."),

    # ---- places ----
    ("place", "Hotan",
     "Quake Shakes China's Far West\n\nA magnitude 5.6 earthquake struck near Hotan in China's Xinjiang region on Monday, the China Earthquake Networks Center said.",
     "Khotan",
     "Tremor Felt in Xinjiang Oasis\n\nResidents of Khotan, an oasis city on the southern edge of the Taklamakan desert, fled their homes after the earthquake, Uyghur activists abroad said."),
    ("place", "Vuhledar",
     "Ukraine Pulls Troops From Eastern Town\n\nUkrainian forces withdrew from the hilltop town of Vuhledar after a two-year defence, the military said on Wednesday, citing the threat of encirclement.",
     "Ugledar",
     "Russia Claims Capture of Mining Town\n\nRussia's defence ministry said its troops had taken full control of Ugledar in the Donetsk region, state news agency TASS reported."),
    ("place", "Beersheba",
     "Missile Hits Southern Israeli City\n\nAn Iranian missile struck near a hospital in Beersheba on Thursday, Israel's emergency services said, wounding several people.",
     "Be'er Sheva",
     "Hospital Damaged in Missile Attack\n\nThe Soroka Medical Center in Be'er Sheva, the main hospital in Israel's Negev desert, was badly damaged in a missile strike, officials said."),
    ("place", "Baidoa",
     "Bombing Kills Several in Somali City\n\nA suicide car bomb exploded near a hotel in Baidoa, the capital of Somalia's South West State, killing at least five people, police said.",
     "Baydhabo",
     "Blast Rocks Southwestern Somalia\n\nWitnesses in Baydhabo said a vehicle packed with explosives went off outside a hotel where regional officials were meeting on Sunday."),
    ("place", "Galkayo",
     "Clashes in Divided Somali Town\n\nFighting broke out between Puntland and Galmudug forces in Galkayo, a town in central Somalia split between the two regional states, residents said.",
     "Gaalkacyo",
     "Aid Groups Pull Staff Amid Fighting\n\nHumanitarian agencies evacuated staff from Gaalkacyo after heavy gunfire between rival regional forces in Somalia's Mudug region, a U.N. official said."),
    ("place", "Nangarhar",
     "Floods Kill Dozens in Eastern Afghanistan\n\nFlash floods killed at least 30 people in Nangarhar province, Afghan disaster management officials said on Saturday.",
     "Ningarhar",
     "Flooding Sweeps Villages Near Border\n\nHeavy rains caused flooding across Ningarhar, the eastern Afghan province bordering Pakistan, destroying homes and farmland, local officials said."),
    ("place", "Khost",
     "Pakistani Strikes Reported in Afghan Province\n\nTaliban officials said Pakistani air strikes hit houses in Khost province near the border, killing several civilians.",
     "Khowst",
     "Afghanistan Accuses Neighbour of Air Raid\n\nResidents of Khowst, in eastern Afghanistan, said jets bombed villages overnight, a charge Pakistan did not immediately address."),
    ("place", "Shopian",
     "Militants Killed in Kashmir Gunfight\n\nIndian security forces killed two suspected militants in a gunbattle in Shopian district of Indian-administered Kashmir, police said.",
     "Shupiyan",
     "Kashmir Shootout Leaves Two Dead\n\nTwo rebels died in an exchange of fire with troops in an apple-growing village in Shupiyan, south of Srinagar, a police officer said."),
    ("place", "Kaesong",
     "North Korea Blows Up Liaison Office\n\nNorth Korea destroyed the inter-Korean liaison office in the border town of Kaesong on Tuesday, South Korea's unification ministry said.",
     "Gaeseong",
     "Seoul Condemns Demolition\n\nSouth Korea said the explosion that levelled the joint liaison office in Gaeseong violated agreements signed by the leaders of the two Koreas."),
    ("place", "Achkhoy-Martan",
     "Drone Hits Police Building in Chechnya\n\nA drone struck a police building in Achkhoy-Martan in Russia's Chechen Republic, local officials said, adding that no one was hurt.",
     "Achkhoi-Martan",
     "Chechnya Reports Drone Attack\n\nRussian authorities said a drone damaged an administrative building in Achkhoi-Martan, a district centre southwest of Grozny, on Friday."),
]

BLIND4_MUST_NOT_MERGE = [
    # (kind, form a, text holding both forms or form a, form b, second text or None when both are in the first)
    ("father and daughter", "Nawaz Sharif",
     "First Woman to Lead Punjab Sworn In\n\nMaryam Nawaz was sworn in as chief minister of Punjab on Monday, with her father, three-time prime minister Nawaz Sharif, watching from the gallery.",
     "Maryam Nawaz", None),
    ("father and son", "Heydar Aliyev",
     "Azerbaijan Marks Anniversary\n\nPresident Ilham Aliyev laid flowers at the grave of his father Heydar Aliyev, who ruled Azerbaijan until 2003, at a ceremony in Baku.",
     "Ilham Aliyev", None),
    ("same surname", "Dmitry Medvedev",
     "Russian Official Issues Warning\n\nDmitry Medvedev, deputy chairman of Russia's Security Council, warned Western states on Tuesday against supplying long-range missiles to Ukraine.",
     "Daniil Medvedev",
     "Russian Reaches Final\n\nDaniil Medvedev beat his opponent in straight sets on Saturday to reach the final of the hard-court tournament, his first final of the season."),
    ("in-laws", "Shahid Afridi",
     "Fast Bowler Shines for Pakistan\n\nShaheen Shah Afridi took four wickets against New Zealand on Sunday, drawing praise from former captain Shahid Afridi, his father-in-law.",
     "Shaheen Shah Afridi", None),
    ("province and capital", "Kunar",
     "Quake Damage in Eastern Afghanistan\n\nAid trucks reached Asadabad, the capital of Kunar province, on Wednesday as survivors of the earthquake waited for shelter, officials said.",
     "Asadabad", None),
    ("different towns", "Pokrovsk",
     "Russian Troops Close In on Logistics Hub\n\nRussian forces pressed toward Pokrovsk, a key logistics hub in Ukraine's Donetsk region, the Ukrainian military said on Monday.",
     "Pokrovske",
     "Shelling Hits Village in Central Ukraine\n\nRussian shelling damaged houses in Pokrovske, a settlement in the Dnipropetrovsk region, the regional governor said on Telegram."),
    ("different cities", "Sievierodonetsk",
     "Ukraine Withdraws From Luhansk City\n\nUkrainian troops were ordered to withdraw from Sievierodonetsk after weeks of street fighting, the Luhansk regional governor said.",
     "Donetsk",
     "Market Shelled in Occupied City\n\nShelling of a market in Russian-held Donetsk killed several people on Sunday, Russian-installed officials said."),
    ("different clubs", "Al Ahly",
     "Egyptian Side Win African Title\n\nEgypt's Al Ahly won the African Champions League for a record 12th time after beating their opponents in Cairo on Saturday.",
     "Al-Ahli",
     "Saudi Club Win in Jeddah\n\nSaudi side Al-Ahli beat their visitors 3-1 in Jeddah on Friday to climb to third in the Saudi Pro League."),
    ("different groups", "Harkat-ul-Jihad al-Islami",
     "Bangladesh Hangs Militant Leader\n\nBangladesh executed Mufti Abdul Hannan, leader of the banned Harkat-ul-Jihad al-Islami, over a 2004 grenade attack on the British envoy, officials said.",
     "Harkat-ul-Mujahideen",
     "Kashmir Militant Group Designated\n\nThe United States added new aliases of Harkat-ul-Mujahideen, a Pakistan-based group that has carried out attacks in Kashmir, to its terrorism list."),
    ("person and province", "Wardak",
     "Bomb Blast West of Kabul\n\nA roadside bomb exploded in Wardak province on Sunday near the ancestral village of former defence minister Abdul Rahim Wardak, officials said.",
     "Abdul Rahim Wardak", None),
]


# -- blind5: 30 + 10 pairs written by a helper that never read the rules or the linker code
# (stop 32; measured before any rule changed).
BLIND5_VARIANTS = [
    # (kind, form in first report, first report text, form in second report, second report text)

    # ---- people ----
    ("person", "Oleksandr Syrskyi",
     "Ukrainian Commander Tours Donetsk Positions\n\nUkraine's top military commander, Oleksandr Syrskyi, said on Tuesday he had visited front-line brigades in the Donetsk region and ordered extra ammunition sent to the units under the heaviest pressure.",
     "Oleksandr Syrskiy",
     "Ukraine's Top General Moves Reserves East\n\nGeneral Oleksandr Syrskiy told reporters that reserves were being shifted to the east after a tour of positions in Donetsk, where Russian assaults have intensified in recent weeks."),
    ("person", "Abdul Ghani Baradar",
     "Taliban Deputy PM Meets Chinese Investors\n\nMullah Abdul Ghani Baradar, Afghanistan's deputy prime minister for economic affairs, met a delegation of Chinese mining executives in Kabul on Sunday to discuss copper and lithium projects.",
     "Abdul Ghani Biradar",
     "Afghan Leader Courts Mining Deals\n\nThe Taliban administration's economic chief, Abdul Ghani Biradar, told visiting businessmen from China that Afghanistan would guarantee the security of foreign investors, his office said in a statement."),
    ("person", "Lai Ching-te",
     "Taiwan Leader Vows to Defend Democracy\n\nTaiwan President Lai Ching-te said on Thursday the island would not bow to pressure, a day after China staged large-scale military drills around it, and promised to keep strengthening the island's defences.",
     "Lai Qingde",
     "Beijing Slams Taipei's 'Separatist' Chief\n\nChina's Taiwan Affairs Office accused Lai Qingde of provoking confrontation and said the exercises near the island were a stern warning to independence forces and to their foreign backers."),
    ("person", "Kim Yo Jong",
     "Kim's Sister Warns Seoul Over Leaflets\n\nKim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, warned on Saturday that Pyongyang would respond to propaganda leaflets sent across the border by activists in the South.",
     "Kim Yo-jong",
     "North Korea Threatens Retaliation\n\nIn a statement carried by state news agency KCNA, Kim Yo-jong called South Korean activists 'human scum' and said balloons carrying rubbish would be flown south in response."),
    ("person", "Debretsion Gebremichael",
     "Tigray Leader Says Peace Deal at Risk\n\nDebretsion Gebremichael, chairman of the Tigray People's Liberation Front, accused Ethiopia's federal government on Monday of failing to return displaced people to western Tigray, which remains under the control of Amhara forces.",
     "Debretsion Gebremikael",
     "TPLF Chief Warns Addis Ababa\n\nTPLF chairman Debretsion Gebremikael told supporters that the 2022 Pretoria agreement could collapse unless federal troops and allied militias withdrew from contested areas of the region."),
    ("person", "Itamar Ben-Gvir",
     "Israeli Minister Visits Al-Aqsa Compound\n\nIsrael's National Security Minister Itamar Ben-Gvir toured the Al-Aqsa mosque compound in Jerusalem on Tuesday, drawing condemnation from Jordan and the Palestinian Authority, as well as criticism from Washington.",
     "Itamar Ben Gvir",
     "Jordan Condemns Temple Mount Visit\n\nAmman called the visit by Itamar Ben Gvir to the site Jews call the Temple Mount a provocation, and urged Israel to respect the status quo governing the holy places."),
    ("person", "Achraf Hakimi",
     "PSG Full-Back Seals Win\n\nAchraf Hakimi scored a late winner as Paris Saint-Germain beat Lyon 2-1 on Sunday to stretch their lead at the top of Ligue 1 with eight games left to play.",
     "Ashraf Hakimi",
     "Moroccan Defender Strikes Again\n\nMorocco international Ashraf Hakimi curled in a free kick in the 88th minute to give the Parisians victory over Lyon, his fourth league goal of the season."),
    ("person", "Mikhail Fridman",
     "Court Rules on Tycoon's Sanctions\n\nThe EU's General Court annulled sanctions imposed on Russian businessman Mikhail Fridman, co-founder of Alfa Group, ruling that the Council had not justified listing him.",
     "Mikhail Friedman",
     "Alfa Group Co-Founder Wins EU Appeal\n\nLuxembourg judges found there was insufficient evidence that Mikhail Friedman supported the Kremlin's war in Ukraine, although he remains subject to later restrictive measures."),
    ("person", "Ahmed al-Sharaa",
     "Syria's Interim Leader Visits Riyadh\n\nSyrian interim President Ahmed al-Sharaa held talks with Saudi Arabia's crown prince in Riyadh on Sunday, on his first foreign trip since taking power in Damascus after the fall of Bashar al-Assad's government.",
     "Ahmad al-Shara",
     "Damascus Chief Makes First Trip Abroad\n\nAhmad al-Shara flew to the Saudi capital for talks on reconstruction and energy, the Syrian presidency said, in a visit seen as a bid to end Syria's isolation in the Arab world."),
    ("person", "Atiq Ahmed",
     "Gangster-Politician Shot Dead on Live TV\n\nFormer lawmaker Atiq Ahmed and his brother were shot dead by three men posing as journalists while police escorted them for a medical check-up in Prayagraj, Uttar Pradesh.",
     "Ateeq Ahmed",
     "Killing of Jailed Don Sparks Outcry\n\nOpposition parties demanded an inquiry after Ateeq Ahmed, who faced more than 100 criminal cases, was gunned down in police custody in the northern Indian city on Saturday night."),
    ("person", "Abu Musab al-Barnawi",
     "Nigeria Says Militant Leader Is Dead\n\nNigeria's chief of defence staff said on Thursday that Abu Musab al-Barnawi, who led an Islamic State-allied breakaway faction of Boko Haram, had been killed in the northeast.",
     "Abu Mus'ab al-Barnawi",
     "Boko Haram Splinter Chief Reported Killed\n\nThe death of Abu Mus'ab al-Barnawi, son of the group's founder, was announced by the Nigerian military, though the jihadists in Borno state have not confirmed it."),
    ("person", "Masoud Pezeshkian",
     "Reformist Wins Iran Run-Off\n\nMasoud Pezeshkian, a heart surgeon and veteran lawmaker, won Iran's presidential run-off on Saturday, defeating hardliner Saeed Jalili, the interior ministry said, after a campaign dominated by the economy and sanctions.",
     "Masud Pezeshkian",
     "Iran's New President Pledges Outreach\n\nPresident-elect Masud Pezeshkian promised to extend a hand of friendship to all, after beating Saeed Jalili with about 54 percent of the vote in the second round."),

    # ---- groups / organisations ----
    ("group", "Wydad Casablanca",
     "Wydad Casablanca Sack Coach\n\nMoroccan club Wydad Casablanca dismissed their head coach on Monday after a third straight league defeat left them eight points off the top of the Botola Pro, club officials said.",
     "Widad Casablanca",
     "Casablanca Giants Part Ways With Manager\n\nWidad Casablanca announced the departure of their coach by mutual consent, following Sunday's loss that deepened the crisis at the record Moroccan champions, who now sit sixth in the table."),
    ("group", "Yisrael Beiteinu",
     "Lieberman's Party Rules Out Coalition\n\nAvigdor Lieberman, leader of Yisrael Beiteinu, said on Wednesday his nationalist party would not join any government that included ultra-Orthodox factions, deepening uncertainty ahead of the election.",
     "Yisrael Beytenu",
     "Israeli Hawk Sets Terms for Joining Government\n\nYisrael Beytenu will sit only in a coalition that drafts yeshiva students into the army, party chairman Avigdor Liberman told Israeli public radio."),
    ("group", "East Turkestan Islamic Movement",
     "China Urges Action Against Uyghur Militants\n\nChina's foreign ministry called on Afghanistan's rulers to crack down on the East Turkestan Islamic Movement, which Beijing blames for a string of deadly attacks in its western Xinjiang region.",
     "East Turkistan Islamic Movement",
     "Beijing Presses Taliban on Militants\n\nChinese officials asked the Taliban to expel fighters of the East Turkistan Islamic Movement, saying the group posed a direct threat to China's security, state media reported."),
    ("group", "Asayish",
     "Kurdish Police Arrest IS Suspects in Syria\n\nThe Asayish, the internal security forces of the Kurdish-led administration in northeast Syria, said on Friday they had detained 12 Islamic State suspects in raids around Qamishli.",
     "Asayesh",
     "Raids Net Militant Cell\n\nKurdish security forces known as the Asayesh captured members of an Islamic State cell accused of plotting attacks on a detention camp, a spokesman for the Syrian Democratic Forces said."),
    ("group", "Basij",
     "Iran Mobilises Volunteer Militia\n\nIran's Basij militia, a volunteer force under the Revolutionary Guards, held nationwide drills on Thursday, state television reported, amid rising tension with Israel and the United States.",
     "Baseej",
     "Paramilitary Force Stages Exercises\n\nTens of thousands of members of the Baseej took part in exercises across Iran, a Revolutionary Guards commander said, adding that the force was ready to defend the country."),
    ("group", "Al-Muhajiroun",
     "Preacher Convicted of Directing Banned Group\n\nRadical preacher Anjem Choudary was found guilty at Woolwich Crown Court of directing Al-Muhajiroun, a proscribed terrorist organisation, after a trial lasting several weeks, British counter-terrorism police said.",
     "al-Muhajirun",
     "British Cleric Jailed for Life\n\nAnjem Choudary was sentenced to life in prison for leading al-Muhajirun, the outlawed network he co-founded with Omar Bakri, after a joint investigation with U.S. and Canadian police."),

    # ---- places ----
    ("place", "Kharkiv",
     "Missile Strike Hits Printing House\n\nA Russian missile strike on a printing house in Kharkiv killed seven people and wounded more than a dozen on Thursday, regional governor Oleh Syniehubov said on Telegram.",
     "Kharkov",
     "Russia Says It Hit Military Targets\n\nRussia's defence ministry said its forces had struck military infrastructure in Kharkov, Ukraine's second-largest city, denying that civilian sites had been targeted in the overnight attack."),
    ("place", "Avdiivka",
     "Ukraine Pulls Troops From Eastern Town\n\nUkraine withdrew its forces from Avdiivka on Saturday to avoid encirclement, handing Russia its biggest battlefield gain since the capture of Bakhmut in May last year.",
     "Avdeyevka",
     "Moscow Claims Control of Donetsk Town\n\nRussian Defence Minister Sergei Shoigu told President Vladimir Putin that Avdeyevka had been fully captured, calling it an important victory after months of fighting."),
    ("place", "Garmsir",
     "Taliban Attack Police Checkpoints\n\nTaliban fighters stormed several police checkpoints in Garmsir district of southern Helmand province overnight, killing at least nine officers and wounding four, a provincial police spokesman said on Wednesday.",
     "Garmser",
     "Afghan Forces Repel Assault in South\n\nGovernment troops backed by air strikes pushed back insurgents who attacked security posts in Garmser, a district south of Lashkar Gah, Afghanistan's defence ministry said on Monday."),
    ("place", "Urumqi",
     "Deadly Fire Sparks Protests in Xinjiang\n\nA fire in a residential building in Urumqi, capital of China's Xinjiang region, killed ten people on Thursday, prompting rare protests against COVID-19 lockdown rules.",
     "Urumchi",
     "Residents Blame Lockdown for Blaze Deaths\n\nHundreds of people gathered in Urumchi to demand an end to strict pandemic restrictions after the apartment fire, videos on social media showed, while officials denied exits had been blocked."),
    ("place", "Beledweyne",
     "Floods Displace Thousands in Central Somalia\n\nThe Shabelle River burst its banks in Beledweyne on Sunday, forcing tens of thousands of residents to flee, the regional administration of Hiiraan said in a statement on Monday.",
     "Belet Weyne",
     "Somali Town Under Water\n\nAid agencies said most of Belet Weyne was submerged after heavy rains upstream in Ethiopia, and warned of cholera outbreaks among families sheltering on higher ground."),
    ("place", "Zaporizhzhia",
     "Russian Glide Bombs Hit Regional Capital\n\nRussian guided bombs struck an industrial area of Zaporizhzhia on Monday, killing four people and damaging a tram depot, regional governor Ivan Fedorov said.",
     "Zaporizhia",
     "Southern Ukrainian City Bombed Again\n\nAt least four people died when Russian aircraft dropped bombs on Zaporizhia, a city about 35 kilometres from the front line, Ukraine's emergency service said."),
    ("place", "Isfahan",
     "Explosions Heard Near Iranian Air Base\n\nIranian air defences fired at drones near Isfahan early on Friday, state media said, while officials insisted nuclear facilities in the central province were unharmed.",
     "Esfahan",
     "Iran Plays Down Overnight Attack\n\nAuthorities in Esfahan said small drones were shot down over the city and that air traffic resumed after a brief suspension, the semi-official Tasnim news agency reported."),
    ("place", "Gyeonggi",
     "Samsung to Build New Chip Lines\n\nSamsung Electronics said on Tuesday it would invest in new semiconductor lines at its Pyeongtaek complex in Gyeonggi province, south of Seoul, to meet demand for AI memory chips.",
     "Kyonggi",
     "Chipmaker Expands South of Seoul\n\nThe South Korean technology giant will add production capacity in Kyonggi province, where most of its memory chip plants are located, the company told investors."),
    ("place", "Mekelle",
     "Flights Resume to Tigray Capital\n\nEthiopian Airlines resumed commercial flights to Mekelle on Wednesday for the first time in 18 months, following a peace agreement between the government and Tigrayan forces.",
     "Mekele",
     "Tigray Reconnected After War\n\nThe first passenger plane in a year and a half landed in Mekele, the national carrier said, as banks and telecoms also began restoring services in the northern region."),
    ("place", "Deir al-Balah",
     "Strike Hits Tent Camp in Central Gaza\n\nAn Israeli strike on tents sheltering displaced families in Deir al-Balah killed at least five people on Tuesday, including a woman and her daughter, hospital officials said.",
     "Deir el-Balah",
     "Displaced Gazans Killed in Air Raid\n\nMedics at Al-Aqsa Martyrs Hospital in Deir el-Balah said the dead included two children, after an air strike hit makeshift shelters in the central Gaza Strip."),
    ("place", "Rajouri",
     "Soldiers Killed in Kashmir Gunfight\n\nTwo Indian soldiers were killed in a gunfight with militants in the forests of Rajouri district in Jammu and Kashmir on Sunday, the army said, adding that the operation was continuing.",
     "Rajauri",
     "Militants Ambush Army Patrol\n\nSecurity forces launched a search operation in Rajauri after suspected militants opened fire on an army patrol, police said, adding that two soldiers had died of their wounds in hospital."),
    ("place", "Sinjar",
     "Turkish Drone Strike in Northern Iraq\n\nA Turkish drone struck a vehicle near Sinjar in Iraq's Nineveh province on Monday, killing two members of a Yazidi armed group, Iraqi Kurdish officials said.",
     "Shingal",
     "Yazidi Fighters Killed in Air Strike\n\nThe Yazidi armed group YBS said two of its commanders died when a drone hit their car in Shingal, the Yazidi heartland overrun by Islamic State in 2014."),
]

BLIND5_MUST_NOT_MERGE = [
    # (kind, form a, text holding both forms or form a, form b, second text or None when both are in the first)
    ("father and son", "Akhmat Kadyrov",
     "Chechnya Marks Anniversary of Former Leader's Death\n\nChechen leader Ramzan Kadyrov led a ceremony in Grozny on Thursday to mark the anniversary of the death of his father Akhmat Kadyrov, who was killed in a stadium bombing in 2004.",
     "Ramzan Kadyrov", None),
    ("brothers", "Vitali Klitschko",
     "Boxing Brothers Back Ukraine Appeal\n\nVitali Klitschko, the former heavyweight champion who is now mayor of Ukraine's capital, appeared alongside his younger brother Wladimir Klitschko at a fundraiser for air defence on Friday.",
     "Wladimir Klitschko", None),
    ("different towns", "Kostiantynivka",
     "Shelling Kills Civilians in Donetsk City\n\nRussian artillery fire on Kostiantynivka killed three civilians and damaged a school and several apartment blocks on Wednesday, the head of the Donetsk regional administration said.",
     "Kostiantynopil",
     "Russia Claims Village in South Donetsk\n\nRussia's defence ministry said its troops had captured Kostiantynopil, a small village west of Velyka Novosilka, as they pushed toward the border of the Dnipropetrovsk region."),
    ("different clubs", "Al-Ittihad",
     "Benzema Double Lifts Saudi Leaders\n\nKarim Benzema scored twice as Al-Ittihad beat Al-Nassr 3-1 in Jeddah on Friday to move six points clear at the top of the Saudi Pro League.",
     "Ittihad Alexandria",
     "Egyptian League Upset\n\nIttihad Alexandria stunned Pyramids FC with a 1-0 away win on Monday, ending the Cairo side's 12-match unbeaten run and reviving their own hopes of avoiding relegation in the Egyptian Premier League."),
    ("place and person named after it", "Shiraz",
     "Gunman Attacks Shrine in Southern Iran\n\nA gunman opened fire at the Shah Cheragh shrine in Shiraz on Sunday, killing at least one person and wounding several others, Iranian state media reported.",
     "Naser Makarem Shirazi",
     "Senior Cleric Issues Religious Ruling\n\nGrand Ayatollah Naser Makarem Shirazi, one of the most senior Shi'ite clerics in Qom, said in a statement posted on his website that any threat to Iran's Supreme Leader was forbidden."),
    ("province and capital", "Faryab",
     "Gunmen Kill Aid Workers in North Afghanistan\n\nGunmen killed three aid workers on Tuesday in Faryab province, near the provincial capital Maymana, a Taliban spokesman for the province said, adding that an investigation was under way.",
     "Maymana", None),
    ("different groups", "Islamic State West Africa Province",
     "Jihadists Raid Nigerian Army Base\n\nFighters from Islamic State West Africa Province overran a military base in Borno state, killing several soldiers and seizing weapons and vehicles, security sources said on Saturday.",
     "Islamic State Khorasan Province",
     "Afghan Affiliate Claims Kabul Bombing\n\nIslamic State Khorasan Province said it carried out a suicide bombing at a ministry in Kabul, in a claim posted on its Telegram channels on Wednesday."),
    ("half-brothers", "Kim Jong Un",
     "North Korean Leader Oversees Missile Test\n\nKim Jong Un oversaw the launch of a new intercontinental ballistic missile on Thursday, KCNA said, and the leader vowed to keep strengthening the country's nuclear deterrent.",
     "Kim Jong Nam",
     "Malaysia Frees Suspect in Airport Killing\n\nMalaysia released the Vietnamese woman charged with murdering Kim Jong Nam, who was poisoned with VX nerve agent at Kuala Lumpur airport in 2017."),
    ("different towns", "Rafah",
     "Crossing Reopens for Medical Evacuations\n\nDozens of sick and wounded Palestinians crossed from Gaza into Egypt through Rafah on Saturday, the first such evacuation in weeks, health officials in the enclave said.",
     "Rafha",
     "Saudi Border Town Hosts Pilgrim Flights\n\nFlights carrying Iraqi pilgrims bound for Mecca landed at Rafha, a Saudi town near the Iraqi border, the kingdom's civil aviation authority said on Sunday."),
    ("husband and wife", "Alexei Navalny",
     "Widow Vows to Continue Opposition Work\n\nYulia Navalnaya said on Monday she would carry on the work of her husband Alexei Navalny, who died in an Arctic prison colony last week.",
     "Yulia Navalnaya", None),
]


# -- blind6: 30 + 10 pairs written by a helper that never read the rules or the linker code
# (stop 33; measured on the start code and the end code of the stop). Beyond Arabic and
# Persian: Russian, Belarusian, Ukrainian, Chinese (Taiwan), Thai, Hebrew, Tigrinya, Somali,
# Tamil, Pashto, Urdu, Nepali, Turkish, Tibetan, Korean, Japanese, Hausa, Burmese, Bengali,
# Swahili, Kurdish.
BLIND6_VARIANTS = [
    # (kind, form in first report, first report text, form in second report, second report text)
    # -- people -------------------------------------------------------------------------------
    ("person", "Dmitry Peskov",
     "Kremlin Rejects Truce Proposal\n\nKremlin spokesman Dmitry Peskov said on Tuesday that "
     "Moscow saw no basis for a 30-day ceasefire in Ukraine, telling reporters the proposal "
     "ignored Russia's security concerns.",
     "Dmitri Peskov",
     "Moscow Cool on Ceasefire Plan\n\nDmitri Peskov, the spokesman for President Vladimir "
     "Putin, dismissed the proposed monthlong truce, saying it did not address 'the root "
     "causes' of the war. Officials in Kyiv said they had accepted the plan."),
    ("person", "Alexander Lukashenko",
     "Lukashenko Claims Seventh Term\n\nBelarus's central election commission said Alexander "
     "Lukashenko won 86.8 percent of the vote in Sunday's presidential election, extending "
     "his three-decade rule. The European Union called the vote a sham.",
     "Alyaksandr Lukashenka",
     "Belarus Vote Condemned\n\nAlyaksandr Lukashenka was declared the winner of a seventh "
     "term on January 27 after an election held without any genuine opposition candidates. "
     "Exiled opposition figures in Vilnius urged Western governments not to recognise the "
     "result."),
    ("person", "Hou Yu-ih",
     "KMT Candidate Concedes\n\nKuomintang presidential candidate Hou Yu-ih conceded defeat "
     "on Saturday night and apologised to supporters in New Taipei after the ruling "
     "Democratic Progressive Party won a third consecutive term in Taiwan's election.",
     "Hou You-yi",
     "Hou Bows to Supporters After Loss\n\nNew Taipei City Mayor Hou You-yi of the Chinese "
     "Nationalist Party (KMT) yesterday admitted defeat in the presidential election, bowing "
     "to supporters at a rally in Banciao District. He said he would return to his duties as "
     "mayor."),
    ("person", "Prayut Chan-o-cha",
     "Prayut Quits Politics\n\nCaretaker Prime Minister Prayut Chan-o-cha announced on "
     "Tuesday that he was retiring from politics, weeks after his United Thai Nation Party "
     "came a distant fifth in the general election. The former army chief seized power in a "
     "2014 coup.",
     "Prayuth Chan-ocha",
     "Thai Coup Leader Bows Out\n\nPrayuth Chan-ocha, who led Thailand's military government "
     "after 2014, said in a statement on Tuesday that he was stepping away from politics. "
     "The announcement came as parliament in Bangkok struggled to choose a new prime "
     "minister."),
    ("person", "Gadi Eisenkot",
     "Two Ministers Quit War Cabinet\n\nFormer military chief Gadi Eisenkot resigned from "
     "Israel's emergency government on Sunday alongside Benny Gantz, accusing Prime Minister "
     "Benjamin Netanyahu of failing to set out a plan for Gaza after the war.",
     "Gadi Eizenkot",
     "National Unity Leaves Coalition\n\nGadi Eizenkot, an observer in the war cabinet and a "
     "former IDF chief of staff, submitted his resignation in Jerusalem on Sunday, saying the "
     "government had stalled on a hostage deal."),
    ("person", "Isaias Afwerki",
     "Eritrean Leader in Cairo\n\nEritrean President Isaias Afwerki arrived in Cairo on "
     "Thursday for talks on security in the Red Sea and the Horn of Africa, the Egyptian "
     "presidency said.",
     "Isaias Afewerki",
     "President Holds Talks in Egypt\n\nPresident Isaias Afewerki held talks with Egyptian "
     "officials on regional peace and stability on Thursday, Eritrea's Ministry of "
     "Information said in Asmara. The two sides also discussed cooperation on the Nile."),
    ("person", "Mohamed Abdullahi Farmajo",
     "Somali Lawmakers Reject Incumbent\n\nSomalia's outgoing president, Mohamed Abdullahi "
     "Farmajo, conceded defeat on Sunday after lawmakers voting in a heavily guarded hangar "
     "at Mogadishu airport chose a former president to replace him.",
     "Mohamed Abdullahi Farmaajo",
     "Outgoing Leader Accepts Result\n\nMohamed Abdullahi Farmaajo accepted the result of the "
     "parliamentary vote late on Sunday and congratulated his successor, after three rounds "
     "of voting by members of both houses of Somalia's Federal Parliament."),
    ("person", "Edappadi K. Palaniswami",
     "AIADMK Snaps Ties With BJP\n\nThe AIADMK on Monday ended its alliance with the BJP, "
     "with general secretary Edappadi K. Palaniswami chairing a meeting of district "
     "secretaries in Chennai. The party said it would lead a separate front in Tamil Nadu "
     "for the Lok Sabha polls.",
     "Edappadi K. Palanisamy",
     "AIADMK Walks Out of NDA\n\nAIADMK chief Edappadi K. Palanisamy pulled his party out of "
     "the National Democratic Alliance on September 25, days after a public spat with the "
     "BJP's state unit. Party workers burst crackers outside the headquarters in "
     "Royapettah."),
    ("person", "Ebrahim Raisi",
     "Iranian President Killed in Helicopter Crash\n\nIranian President Ebrahim Raisi and "
     "his foreign minister were killed when their helicopter came down in fog-covered "
     "mountains in north-western Iran, state media said on Monday.",
     "Ibrahim Raisi",
     "Rescuers Reach Crash Site\n\nRescue teams found the wreckage of the helicopter carrying "
     "Ibrahim Raisi near the town of Varzaqan on Monday morning, with no sign of survivors, "
     "the Iranian Red Crescent said. He had been returning from a dam inauguration on the "
     "border with Azerbaijan."),
    ("person", "Sher Mohammad Abbas Stanikzai",
     "Taliban Official Urges Reopening of Girls' Schools\n\nAfghanistan's deputy foreign "
     "minister, Sher Mohammad Abbas Stanikzai, called on the Taliban leadership to reopen "
     "schools for girls, saying in a speech on Saturday that there was no excuse for the "
     "ban.",
     "Sher Mohammad Abbas Stanekzai",
     "Senior Taliban Figure Breaks Ranks\n\nSher Mohammad Abbas Stanekzai told a graduation "
     "ceremony at a religious school that denying education to women was 'an injustice', "
     "in rare public criticism of a policy set by the movement's supreme leader."),
    ("person", "Pervaiz Elahi",
     "Former Punjab Chief Minister Arrested\n\nAnti-corruption officials arrested Pervaiz "
     "Elahi, president of Imran Khan's party, outside his residence in Lahore on Thursday "
     "over allegations of kickbacks in development projects.",
     "Parvez Elahi",
     "PTI President Taken Into Custody\n\nThe Anti-Corruption Establishment took Parvez Elahi "
     "into custody on Thursday after a raid on his house in Gulberg, officials said. His "
     "lawyers said they would challenge the arrest in the Lahore High Court."),
    ("person", "Rached Ghannouchi",
     "Tunisian Opposition Leader Jailed for 22 Years\n\nA Tunisian court on Wednesday "
     "sentenced Rached Ghannouchi, the 83-year-old leader of the Ennahda party, to 22 years "
     "in prison, his lawyers said. He has been in custody since 2023.",
     "Rashid Ghannouchi",
     "Ennahda Chief Sentenced\n\nRashid Ghannouchi, the former speaker of Tunisia's "
     "parliament, received a 22-year prison term in a case involving a digital content "
     "company, his Ennahda movement said in Tunis. The party called the verdict politically "
     "motivated."),
    # -- groups, organisations, parties and clubs ------------------------------------------
    ("organisation", "Roscosmos",
     "Soyuz Crew Reaches Space Station\n\nA Soyuz spacecraft carrying two Russian cosmonauts "
     "and a NASA astronaut docked with the International Space Station on Friday, three "
     "hours after lifting off from Baikonur in Kazakhstan, Roscosmos said.",
     "Roskosmos",
     "Russian Rocket Delivers Crew\n\nThe Russian space agency Roskosmos said the capsule "
     "docked with the orbiting laboratory on schedule after a launch from the Baikonur "
     "Cosmodrome. NASA said all three crew members were in good health."),
    ("club", "BATE Borisov",
     "BATE Borisov Exit Europe\n\nBATE Borisov were knocked out of the Conference League "
     "qualifiers on Thursday after a 2-0 defeat in Cyprus, ending the Belarusian champions' "
     "European campaign.",
     "BATE Barysaw",
     "Defeat in Larnaca\n\nBATE Barysaw lost 2-0 away in Larnaca on Thursday and went out of "
     "the UEFA Conference League second qualifying round, the club said on its website."),
    ("party", "Rastriya Swatantra Party",
     "New Party Surges in Nepal Election\n\nThe Rastriya Swatantra Party, formed by former "
     "television host Rabi Lamichhane only months before the vote, emerged as the "
     "fourth-largest party in the House of Representatives, Nepal's Election Commission "
     "said.",
     "Rashtriya Swatantra Party",
     "Lamichhane's Party Stuns Veterans\n\nThe Rashtriya Swatantra Party upset established "
     "parties as the count of proportional votes was completed in Kathmandu on Sunday. "
     "Party chairman Rabi Lamichhane said the result showed voters wanted change."),
    ("group", "Jamaat-ud-Dawa",
     "Hafiz Saeed Jailed\n\nAn anti-terrorism court in Lahore on Wednesday sentenced Hafiz "
     "Saeed, founder of the banned Jamaat-ud-Dawa, to five and a half years in prison in two "
     "terror financing cases, his lawyer said.",
     "Jamaat-ud-Dawah",
     "JuD Chief Convicted of Terror Financing\n\nPakistan's counter-terrorism department said "
     "Jamaat-ud-Dawah leader Hafiz Muhammad Saeed had been convicted on charges of "
     "financing terrorism. India, which blames the group for the 2008 Mumbai attacks, said "
     "the verdict was long overdue."),
    ("party", "Palang Pracharath",
     "Pro-Army Party Leads Popular Vote\n\nThe Palang Pracharath Party, which nominated the "
     "junta leader for prime minister, won the most votes in Thailand's first election "
     "since the 2014 coup, the Election Commission said on Monday.",
     "Palang Pracharat",
     "Thai Election Results Disputed\n\nPalang Pracharat took the largest share of the "
     "popular vote in Sunday's poll while Pheu Thai won the most constituency seats, "
     "according to unofficial results. Opposition parties in Bangkok alleged irregularities "
     "in the count."),
    ("party", "Ilankai Tamil Arasu Kachchi",
     "Tamil Party Loses Ground in Jaffna\n\nThe Ilankai Tamil Arasu Kachchi lost its "
     "long-held dominance in Jaffna district to the National People's Power in Thursday's "
     "parliamentary election, Sri Lanka's Election Commission said.",
     "Illankai Tamil Arasu Kachchi",
     "ITAK Holds On in the East\n\nThe Illankai Tamil Arasu Kachchi retained seats in "
     "Batticaloa district but saw its vote share fall across the Northern Province, "
     "according to results released in Colombo on Friday."),
    ("club", "Fenerbahce",
     "Fenerbahce Win Istanbul Derby\n\nFenerbahce beat Besiktas 2-1 at the Sukru Saracoglu "
     "Stadium on Sunday to stay within three points of the leaders in Turkey's Super Lig.",
     "Fenerbahçe",
     "Derby Joy in Kadıköy\n\nFenerbahçe came from behind to defeat Beşiktaş 2-1 in "
     "Istanbul on Sunday, keeping the Süper Lig title race alive, the Turkish Football "
     "Federation's results service showed."),
    ("group", "Ma'awisley",
     "Clan Militias Retake Villages\n\nSomali government troops backed by Ma'awisley clan "
     "militias recaptured several villages from al-Shabaab in the central Hiran region on "
     "Tuesday, regional officials said.",
     "Macawisley",
     "Local Fighters Join Offensive\n\nMacawisley fighters and the Somali National Army "
     "pushed the militants out of villages in Hiiraan on Tuesday, the Hirshabelle state "
     "government said in Jowhar."),
    # -- towns, cities, provinces and regions ---------------------------------------------
    ("town", "Kupiansk",
     "Russia Steps Up Attacks in the North-East\n\nRussian forces intensified assaults "
     "around Kupiansk in Ukraine's Kharkiv region, the Ukrainian General Staff said on "
     "Friday, adding that troops had repelled 14 attacks.",
     "Kupyansk",
     "Families Ordered to Leave\n\nAuthorities ordered the evacuation of families with "
     "children from Kupyansk and surrounding villages on Friday as shelling intensified, "
     "the regional governor said."),
    ("place", "Tingri",
     "Deadly Quake Hits Tibet\n\nA powerful earthquake struck Tingri county in Tibet near "
     "the Nepal border on Tuesday morning, killing at least 126 people and damaging more "
     "than 3,600 homes, Chinese state media said.",
     "Dingri",
     "Rescue Under Way After Xizang Quake\n\nA 6.8-magnitude earthquake jolted Dingri County "
     "in Xigaze, southwest China's Xizang Autonomous Region, at 9:05 a.m. Tuesday, according "
     "to the China Earthquake Networks Center."),
    ("place", "Yongbyon",
     "North Korea to Restart Reactor\n\nNorth Korea said on Tuesday it would restart all "
     "facilities at its main Yongbyon nuclear complex, including a reactor shut down in 2007 "
     "under a disarmament deal, drawing concern from Washington and Seoul.",
     "Nyongbyon",
     "Nuclear Facilities to Be Readjusted\n\nA spokesman for the General Department of "
     "Atomic Energy said the DPRK would readjust and restart all the nuclear facilities in "
     "Nyongbyon, including the uranium enrichment plant and the 5 MW graphite-moderated "
     "reactor, KCNA reported from Pyongyang."),
    ("place", "Tohoku",
     "Strong Quake Shakes Northern Japan\n\nA magnitude 6.9 earthquake struck off the "
     "Pacific coast of Tohoku on Saturday evening, the Japan Meteorological Agency said, "
     "prompting a tsunami advisory for Miyagi prefecture.",
     "Tōhoku",
     "Tsunami Advisory Lifted\n\nThe tsunami advisory issued after Saturday's offshore "
     "earthquake in Tōhoku was lifted early on Sunday, with no abnormalities reported at the "
     "Onagawa nuclear power plant, according to the plant's operator."),
    ("town", "Axum",
     "Amnesty Details Killings in Ethiopian City\n\nEritrean troops killed hundreds of "
     "civilians in the city of Axum in Ethiopia's Tigray region in November, Amnesty "
     "International said in a report on Friday, citing survivors.",
     "Aksum",
     "Rights Group Documents Massacre\n\nSoldiers went house to house in Aksum over two "
     "days, killing men and boys, Human Rights Watch said, urging the United Nations to "
     "set up an inquiry into abuses in Tigray."),
    ("town", "Birnin Gwari",
     "Bandits Kill Villagers in Kaduna\n\nGunmen killed at least 12 people in an attack on "
     "villages in Birnin Gwari local government area of Kaduna State on Sunday, police in "
     "Nigeria said.",
     "Birnin-Gwari",
     "Residents Flee After Attack\n\nResidents of Birnin-Gwari fled to Kaduna city after "
     "armed bandits stormed communities in the area on Sunday, the state commissioner for "
     "internal security said."),
    ("city", "Naypyitaw",
     "Quake Damages Myanmar Capital\n\nThe magnitude 7.7 earthquake that struck central "
     "Myanmar on Friday collapsed buildings in Naypyitaw, including parts of a large "
     "hospital, witnesses said, as the military government appealed for international aid.",
     "Naypyidaw",
     "Ministries Damaged, Roads Cracked\n\nGovernment ministry buildings and roads in "
     "Naypyidaw were badly damaged by Friday's earthquake, which was centred near Sagaing, "
     "state broadcaster MRTV reported."),
    ("town", "Comilla",
     "Violence Erupts at Durga Puja Venues\n\nHindu temples and homes were attacked in "
     "several districts of Bangladesh after reports that a copy of the Koran had been placed "
     "at a puja venue in Comilla, police said on Thursday.",
     "Cumilla",
     "Suspect Arrested Over Puja Pavilion Incident\n\nPolice arrested a man suspected of "
     "placing a Quran at a Durga Puja pavilion in Cumilla, the incident that set off "
     "communal violence across the country, the home minister said in Dhaka."),
    ("city", "Dar es Salaam",
     "DP World Signs Tanzania Port Deal\n\nTanzania signed a 30-year agreement with Dubai's "
     "DP World on Sunday to operate part of the port of Dar es Salaam, despite critics who "
     "said the deal undermined the country's sovereignty.",
     "Dar-es-Salaam",
     "Emirati Operator Gets Berths\n\nDP World will run four berths at Dar-es-Salaam port "
     "under a concession signed on Sunday, Tanzania Ports Authority officials said, with the "
     "company expected to invest $250 million over five years."),
    ("town", "Afrin",
     "Turkish-Backed Forces Take Syrian Town\n\nTurkish troops and allied Syrian rebels took "
     "full control of the Kurdish-held town of Afrin on Sunday, President Tayyip Erdogan "
     "said, after an eight-week offensive.",
     "Efrin",
     "YPG Vows to Fight On\n\nKurdish commanders said their fighters had withdrawn from "
     "Efrin to protect civilians and would wage a guerrilla campaign against the Turkish "
     "army, the Hawar news agency reported."),
]

BLIND6_MUST_NOT_MERGE = [
    # (kind, form a, text holding form a (or both forms), form b, second text or None when both forms are in the first text)
    ("father and son", "Shinzo Abe",
     "Supporters Mark Anniversary\n\nHundreds of supporters gathered in Shimonoseki on "
     "Saturday to mark the anniversary of the death of former Prime Minister Shinzo Abe. "
     "Abe, whose father Shintaro Abe served as Japan's foreign minister in the 1980s, was "
     "shot dead during a campaign speech in Nara in July 2022.",
     "Shintaro Abe", None),
    ("father and son", "Ziaur Rahman",
     "BNP Marks Founder's Death Anniversary\n\nThe Bangladesh Nationalist Party marked the "
     "anniversary of the assassination of former President Ziaur Rahman on Thursday. Tarique "
     "Rahman, his son and the party's acting chairman, addressed the gathering in Dhaka by "
     "video link from London.",
     "Tarique Rahman", None),
    ("two provinces with similar names", "Nakhon Phanom",
     "Mekong Levels Rise\n\nAuthorities in Nakhon Phanom, on the Mekong River across from "
     "Laos, warned riverside residents on Monday to move belongings to higher ground as "
     "water levels rose.",
     "Nakhon Pathom",
     "Factory Fire West of Bangkok\n\nA fire at a plastics factory in Nakhon Pathom province, "
     "west of Bangkok, injured three workers on Monday, Thai police said."),
    ("province and a city in another country", "Zabul",
     "Roadside Bomb in Southern Afghanistan\n\nA roadside bomb killed two Taliban security "
     "personnel in Zabul province on Wednesday, a provincial spokesman said.",
     "Zabol",
     "Dust Storms Shut Schools\n\nSchools and government offices in Zabol, in Iran's "
     "south-eastern Sistan and Baluchestan province, were closed on Wednesday because of "
     "severe dust storms, state media reported."),
    ("different cities", "Mardan",
     "Four Held in Raid\n\nPolice in Mardan, in north-west Pakistan, arrested four suspects "
     "and seized weapons in a raid on Thursday, a district police officer said.",
     "Mardin",
     "Stubble Fire Kills 15\n\nA stubble fire spread to villages between Diyarbakir and "
     "Mardin in south-east Turkey, killing 15 people, the Turkish health minister said."),
    ("two settlements with similar names", "Kurakhivka",
     "Russia Claims Village Near Selydove\n\nRussia's defence ministry said its forces had "
     "captured Kurakhivka, a village near Selydove in Ukraine's Donetsk region, while "
     "Ukrainian officials said fighting continued on the approaches to the town of Kurakhove "
     "further south.",
     "Kurakhove", None),
    ("two parties with similar names", "Rastriya Prajatantra Party",
     "Royalists and Newcomers Gain\n\nThe pro-monarchy Rastriya Prajatantra Party and the "
     "newly formed Rastriya Swatantra Party both increased their presence in Nepal's "
     "parliament, according to final results published by the Election Commission in "
     "Kathmandu.",
     "Rastriya Swatantra Party", None),
    ("different clubs", "Al-Nassr",
     "Saudi Side Win Friendly in Dubai\n\nSaudi club Al-Nassr beat Al-Nasr of the United "
     "Arab Emirates 2-0 in a friendly during their winter training camp in Dubai on "
     "Thursday, with both goals coming in the second half.",
     "Al-Nasr", None),
    ("two officials with the same given name", "Dmitry Peskov",
     "Moscow Rejects Western Criticism\n\nKremlin spokesman Dmitry Peskov said on Monday "
     "that Russia would not accept conditions set by Western capitals. At the United "
     "Nations in New York, Russia's deputy envoy Dmitry Polyanskiy told the Security Council "
     "that sanctions would not change Moscow's course.",
     "Dmitry Polyanskiy", None),
    ("city and a look-alike town across the border", "Belgorod",
     "Drone Hits Car in Russian City\n\nA Ukrainian drone struck a car in Belgorod, near "
     "the border with Ukraine, injuring two people, the regional governor said on "
     "Saturday.",
     "Bilhorod-Dnistrovskyi",
     "Missile Strike in Odesa Region\n\nA Russian missile hit port infrastructure in "
     "Bilhorod-Dnistrovskyi in the Odesa region overnight, injuring a worker, Ukraine's "
     "southern military command said."),
]


# -- blind7: 30 + 10 pairs written by a helper that never read the rules or the linker code
# (stop 33, written after every rule of the stop; measured on the start and end code, read
# by nobody before). A third Arabic, Persian, Pashto and Urdu names; the rest Belarusian,
# Korean, Bengali, Hebrew, Nigerien, Vietnamese, Spanish, Ukrainian, Chinese, Turkish,
# Akan, Thai, Malayalam, Somali, Burmese.
BLIND7_VARIANTS = [
    # (kind, form in first report, first report text, form in second report, second report text)
    # -- people -------------------------------------------------------------------------------
    ("person", "Mohammed Shia al-Sudani",
     "Erdogan Visits Iraq\n\nIraqi Prime Minister Mohammed Shia al-Sudani received Turkish "
     "President Tayyip Erdogan on Monday, the first visit by the Turkish leader to Iraq in more "
     "than a decade. The two men signed a framework deal on security and water sharing, the "
     "premier's office said.",
     "Muhammad Shia al-Sudani",
     "Turkey and Iraq Sign Two Dozen Agreements\n\nAnkara and Iraq signed 26 memorandums of "
     "understanding during Recep Tayyip Erdogan's trip on April 22, the government of Muhammad "
     "Shia al-Sudani announced. The deals include the Development Road, a planned rail and "
     "highway link from the Gulf to the Turkish border."),
    ("person", "Abbas Araghchi",
     "Iran and US Hold Talks in Oman\n\nIranian Foreign Minister Abbas Araghchi and US envoy "
     "Steve Witkoff held indirect talks in Muscat on Saturday, with Oman's foreign minister "
     "carrying messages between the two delegations. Both sides called the meeting "
     "constructive.",
     "Abbas Araqchi",
     "Tehran Says Next Round Agreed\n\nAbbas Araqchi told Iranian state television after "
     "Saturday's talks in the Omani capital that Iran and the United States had agreed to meet "
     "again the following week. He said the delegations had also spoken directly for a few "
     "minutes."),
    ("person", "Shah Mahmood Qureshi",
     "Former PM Jailed in Secrets Case\n\nA special court in Pakistan on Tuesday sentenced "
     "former prime minister Imran Khan and his former foreign minister Shah Mahmood Qureshi to "
     "10 years in prison for leaking a classified diplomatic cable. The verdict came nine days "
     "before the Feb. 8 general election.",
     "Shah Mehmood Qureshi",
     "Cypher Case Verdict\n\nShah Mehmood Qureshi, vice-chairman of Khan's party, was handed a "
     "10-year sentence on January 30 in the cypher case, his lawyers told reporters outside "
     "Adiala jail. They said they would challenge the ruling in the Islamabad High Court."),
    ("person", "Mohammad Yaqoob",
     "Taliban Defence Chief Visits Qatar\n\nThe Taliban's acting defence minister, Mullah "
     "Mohammad Yaqoob, held talks in Doha on Wednesday with Qatar's minister of state for "
     "defence affairs, the Afghan defence ministry said. The two sides discussed training and "
     "border security.",
     "Mohammad Yaqub",
     "Qatar Receives Afghan Minister\n\nMullah Mohammad Yaqub, a son of the Taliban founder "
     "Mullah Omar, arrived in Doha for a two-day visit, a spokesman for the ministry of defence "
     "in Kabul said on Wednesday. Qatar has hosted the Taliban's political office since 2013."),
    ("person", "Amrullah Saleh",
     "Afghan Vice President Claims Top Post\n\nAfghanistan's first vice president, Amrullah "
     "Saleh, declared himself the country's legitimate caretaker president on Tuesday, two days "
     "after the president fled Kabul. He said on Twitter that he was still inside Afghanistan "
     "and would never bow to the Taliban.",
     "Amrullah Salih",
     "Resistance Gathers in Panjshir\n\nAmrullah Salih said from the Panjshir valley that under "
     "the Afghan constitution he was now acting head of state. Residents said fighters opposed "
     "to the Taliban were gathering in the valley north of the capital."),
    ("person", "Sviatlana Tsikhanouskaya",
     "Belarus Opposition Candidate in Lithuania\n\nBelarusian opposition candidate Sviatlana "
     "Tsikhanouskaya has left for Lithuania, Lithuania's foreign minister said on Tuesday, after "
     "two nights of protests over the disputed August 9 election. In a video she said she had "
     "made a very difficult decision.",
     "Svetlana Tikhanovskaya",
     "Lukashenko Challenger Leaves Minsk\n\nSvetlana Tikhanovskaya, who ran against President "
     "Lukashenko in Sunday's vote, is safe in Vilnius, officials there said. Police in Minsk "
     "detained thousands of demonstrators overnight, the Belarusian interior ministry said."),
    ("person", "Yoon Suk Yeol",
     "South Korean Lawmakers Impeach President\n\nSouth Korea's National Assembly voted on "
     "Saturday to impeach President Yoon Suk Yeol over his short-lived declaration of martial "
     "law, suspending him from office. Prime Minister Han Duck-soo became acting president.",
     "Yun Sok Yol",
     "Pyongyang Media Report Impeachment in South\n\nNorth Korea's Korean Central News Agency "
     "reported on Monday that Yun Sok Yol had been impeached and stripped of his powers, two "
     "days after the vote in Seoul. The agency said the martial law crisis had thrown South "
     "Korean politics into chaos."),
    ("person", "Mamata Banerjee",
     "Banerjee Wins Third Term in Bengal\n\nWest Bengal Chief Minister Mamata Banerjee led her "
     "party to a sweeping victory in the state assembly election on Sunday, defeating Prime "
     "Minister Narendra Modi's BJP. She narrowly lost her own contest in Nandigram, the "
     "Election Commission said.",
     "Mamta Banerjee",
     "Hat-Trick for Didi\n\nMamta Banerjee will be sworn in as chief minister of West Bengal for "
     "a third straight term after results on May 2 gave her party more than 200 of the 292 "
     "seats that went to the polls. The BJP, which campaigned heavily in the state, finished a "
     "distant second."),
    ("person", "Yoav Gallant",
     "Netanyahu Fires Defence Minister\n\nIsraeli Prime Minister Netanyahu dismissed Defence "
     "Minister Yoav Gallant on Tuesday, citing a crisis of trust over the conduct of the war in "
     "Gaza. Foreign Minister Israel Katz was named to replace him.",
     "Yoav Galant",
     "Protests Follow Dismissal\n\nThousands protested in Tel Aviv late on November 5 after Yoav "
     "Galant was removed from the defence ministry. In a televised statement Galant said the "
     "return of the hostages held in Gaza must remain Israel's top priority."),
    ("person", "Abdourahamane Tiani",
     "Niger General Heads Junta\n\nGeneral Abdourahamane Tiani, commander of Niger's "
     "presidential guard, declared himself head of a transitional council on Friday, two days "
     "after soldiers detained President Mohamed Bazoum. The African Union and ECOWAS condemned "
     "the coup.",
     "Abdourahamane Tchiani",
     "Coup Leader Addresses Nation\n\nAbdourahamane Tchiani appeared on state television in "
     "Niamey to announce that he led the National Council for the Safeguard of the Homeland. He "
     "said the army had acted because of the worsening security situation in the country."),
    ("person", "To Lam",
     "Vietnam Names New Party Chief\n\nVietnam's Communist Party elected President To Lam as "
     "general secretary on Saturday, following the death of Nguyen Phu Trong last month, state "
     "media said. The former public security minister will hold both posts for now.",
     "Tô Lâm",
     "Hanoi Leader Vows Continuity\n\nTô Lâm pledged to press ahead with the anti-corruption "
     "campaign after the Central Committee chose him as the party's top leader in Hanoi on "
     "August 3. He had served as state president since May."),
    ("person", "Nicolás Maduro",
     "Maduro Sworn In for Third Term\n\nNicolás Maduro was sworn in on Friday for a third "
     "six-year term as Venezuela's president, despite opposition claims that its candidate "
     "Edmundo González won the July election. The United States raised its reward for his "
     "arrest to $25 million.",
     "Nicolas Maduro",
     "Caracas Inauguration Draws New Sanctions\n\nNicolas Maduro took the oath of office before "
     "the National Assembly in Caracas on January 10, as Washington, the European Union and "
     "Canada announced fresh sanctions. Opposition leader Maria Corina Machado had been briefly "
     "detained a day earlier."),
    # -- groups, parties, clubs ---------------------------------------------------------------
    ("group", "Muttahida Majlis-e-Amal",
     "Religious Alliance Revived\n\nPakistan's main religious parties on Friday formally revived "
     "the Muttahida Majlis-e-Amal alliance to contest next year's general election together, "
     "leaders said at a news conference in Karachi. The alliance governed the then North-West Frontier "
     "Province from 2002 to 2007.",
     "Muttahida Majlis-i-Amal",
     "Clerics Reunite Ahead of Polls\n\nFive religio-political parties announced in Karachi that "
     "the Muttahida Majlis-i-Amal would be restored and field joint candidates in the 2018 "
     "elections. The head of the Jamiat Ulema faction was named its president, officials said."),
    ("group", "Al-Zawraa",
     "Iraqi League Leaders Win Derby\n\nAl-Zawraa beat Al-Quwa Al-Jawiya 2-1 on Sunday to move "
     "four points clear at the top of the Iraq Stars League, the Iraq Football Association said. "
     "A late header settled the match in front of a capacity crowd.",
     "Al-Zawra'a",
     "Capital Derby Goes to Zawra'a\n\nAl-Zawra'a extended their lead in the Iraqi top flight "
     "with a 2-1 victory over Al-Quwa Al-Jawiya, the Iraqi News Agency reported on Sunday. The "
     "visitors had equalised shortly after half-time."),
    ("group", "Zorya Luhansk",
     "Zorya Luhansk Name New Coach\n\nUkrainian Premier League club Zorya Luhansk appointed a "
     "new head coach on Monday after a run of four straight defeats, the club said. Zorya have "
     "played their home matches away from their city since 2014.",
     "Zorya Lugansk",
     "Coaching Change in Ukraine\n\nZorya Lugansk, exiled from eastern Ukraine since the war in "
     "the Donbas began, announced on Monday that their head coach had been replaced after four "
     "league losses in a row."),
    ("group", "Falun Gong",
     "Falun Gong Marks 25 Years Since Ban\n\nThousands of Falun Gong practitioners marched in "
     "Washington on Saturday to mark 25 years since China banned the spiritual movement in July "
     "1999. Speakers urged the US Congress to act against organ harvesting.",
     "Falungong",
     "Falungong Followers Rally in US Capital\n\nFalungong adherents rallied near the Capitol on "
     "July 20, the anniversary of Beijing's 1999 crackdown on the group. China's foreign "
     "ministry called the movement an evil cult."),
    ("group", "Trinamool Congress",
     "Trinamool Sweeps Bengal\n\nThe Trinamool Congress won 29 of West Bengal's 42 "
     "parliamentary seats, results published by the Election Commission of India on Tuesday showed, while the "
     "BJP's tally fell to 12.",
     "Trinamul Congress",
     "Trinamul Tally Rises to 29\n\nThe Trinamul Congress improved on its 2019 showing in "
     "Bengal, winning 29 seats in the general election counted on June 4, party leaders said in "
     "Calcutta. The Left and the Congress won just one seat between them."),
    ("group", "Başakşehir",
     "Başakşehir Win First Turkish Title\n\nİstanbul Başakşehir won the Süper Lig for the first "
     "time on Sunday after a 1-0 win against Kayserispor, becoming only the sixth club to be crowned "
     "champions. The club was founded as a municipal team in 1990.",
     "Basaksehir",
     "Basaksehir Crowned Champions of Turkey\n\nBasaksehir clinched the Turkish league title "
     "with two games to spare on July 19, Turkish media reported. Coach Okan Buruk said the "
     "victory belonged to the whole club."),
    ("group", "Asante Kotoko",
     "Asante Kotoko Sack Coach\n\nGhanaian giants Asante Kotoko parted ways with their head "
     "coach on Sunday after a 2-0 defeat to Accra Hearts of Oak, the Kumasi club said in a "
     "statement.",
     "Ashanti Kotoko",
     "Kotoko Part Company With Coach\n\nAshanti Kotoko have relieved their head coach of his "
     "duties following the weekend loss to Hearts of Oak in the Ghana Premier League, club "
     "officials in Kumasi confirmed on Monday."),
    ("group", "Bhumjaithai",
     "Bhumjaithai Third in Thai Election\n\nThailand's Bhumjaithai party won 71 seats in "
     "Sunday's general election, making it the third-largest party in the House of "
     "Representatives, Election Commission figures showed. Party leader Anutin Charnvirakul "
     "said he would wait for the two largest parties to form a government.",
     "Bhum Jai Thai",
     "Cannabis Party Gains Seats\n\nBhum Jai Thai, which pushed through the legalisation of "
     "cannabis, finished third in the May 14 election with 71 seats, unofficial results showed. "
     "Its leader Anutin Charnvirakul served as health minister in the outgoing government."),
    # -- towns, cities, provinces -------------------------------------------------------------
    ("town", "Bamiyan",
     "Gunmen Kill Tourists in Afghanistan\n\nGunmen killed three Spanish tourists and three "
     "Afghans in Bamiyan on Friday, the Taliban interior ministry said. The attack took place in "
     "a market in the central Afghan city.",
     "Bamyan",
     "Spain Confirms Citizens Killed\n\nSpain's foreign ministry said on May 18 that three "
     "Spanish nationals were among six people killed when gunmen opened fire on a tourist group "
     "in Bamyan. Taliban authorities said several suspects had been arrested."),
    ("town", "Bandar Abbas",
     "Blast Rocks Iranian Port\n\nA huge explosion tore through the Shahid Rajaee port near "
     "Bandar Abbas on Saturday, killing dozens of people and injuring more than 1,000, Iranian "
     "state media said. Officials blamed chemicals stored in containers.",
     "Bandar-e Abbas",
     "Port Fire Still Burning\n\nFirefighters in Bandar-e Abbas were still battling the blaze on "
     "Sunday, a day after the explosion at Iran's largest container port on the Strait of "
     "Hormuz, the Red Crescent said. Schools and offices in the city were closed."),
    ("town", "Wad Madani",
     "Sudan Army Retakes Key City\n\nThe Sudanese army said on Saturday it had recaptured Wad "
     "Madani, the capital of Gezira state, from the paramilitary Rapid Support Forces, more than "
     "a year after losing it.",
     "Wad Medani",
     "Celebrations in Port Sudan\n\nResidents of army-held Port Sudan celebrated after troops "
     "entered Wad Medani, which the RSF seized in December 2023, Sudan's information ministry "
     "said on January 11. The RSF did not immediately comment."),
    ("town", "Sloviansk",
     "Missile Strike Hits Apartment Blocks\n\nRussian missiles struck apartment buildings in "
     "Sloviansk in eastern Ukraine on Friday, killing at least eight people, the regional "
     "governor said. Rescuers pulled survivors from the rubble.",
     "Slovyansk",
     "Death Toll Rises in Slovyansk\n\nThe death toll from Friday's Russian strike on Slovyansk "
     "rose to 11, Ukraine's interior ministry said on April 15, as emergency workers searched a "
     "five-storey building."),
    ("town", "Xi'an",
     "Chinese City Locked Down\n\nAuthorities in Xi'an ordered the northern Chinese city's 13 "
     "million residents to stay at home on Thursday after a rise in Covid-19 cases, state media "
     "reported. Only one person per household may go out every two days to buy supplies.",
     "Xian",
     "Lockdown in Home of Terracotta Army\n\nXian, the capital of Shaanxi province, imposed "
     "China's strictest lockdown since Wuhan on December 23, Chinese officials said. Flights and "
     "long-distance buses were suspended."),
    ("town", "Hamhung",
     "North Korea Fires Missiles\n\nNorth Korea fired two short-range ballistic missiles from "
     "the Hamhung area into the sea off its east coast on Thursday, South Korea's Joint Chiefs "
     "of Staff said. Japan's coast guard said they fell outside its exclusive economic zone.",
     "Hamheung",
     "Launches Near Hamheung\n\nTwo missiles launched from near Hamheung in South Hamgyong "
     "province flew about 300 km before splashing down, Seoul's military said. Washington "
     "condemned the launch as a violation of UN resolutions."),
    ("town", "Thiruvananthapuram",
     "Tharoor Holds Kerala Seat\n\nCongress MP Shashi Tharoor retained Thiruvananthapuram for a "
     "fourth time on Tuesday, defeating Union minister Rajeev Chandrasekhar of the BJP by more "
     "than 16,000 votes, Election Commission data showed.",
     "Tiruvananthapuram",
     "Close Fight in Kerala Capital\n\nShashi Tharoor survived a strong challenge in "
     "Tiruvananthapuram, where the BJP led for much of the counting on June 4 before the "
     "Congress leader pulled ahead, officials in Kerala said."),
    ("town", "Hargeisa",
     "Somaliland Opposition Leader Wins\n\nSomaliland's electoral commission announced in "
     "Hargeisa on Tuesday that opposition candidate Abdirahman Mohamed Abdullahi, known as Irro, "
     "won 63.9 percent of the vote in the November 13 presidential election.",
     "Hargeysa",
     "Irro Declared Winner\n\nCrowds celebrated in the streets of Hargeysa after the National "
     "Electoral Commission declared Abdirahman Irro the winner over incumbent Muse Bihi Abdi. "
     "Somaliland, which broke away from Somalia in 1991, is not internationally recognised."),
    ("town", "Myawaddy",
     "Myanmar Rebels Take Border Town\n\nKaren rebels said on Thursday they had taken control of "
     "Myawaddy, a key trading town on Myanmar's border with Thailand, after hundreds of junta "
     "soldiers surrendered.",
     "Myawadi",
     "Thailand Braces After Myawadi Falls\n\nThai authorities in Mae Sot said they were ready to "
     "receive people fleeing fighting in Myawadi after the Karen National Union claimed the "
     "town. The Friendship Bridge between the two countries remained open."),
    ("town", "Kiryat Shmona",
     "Rocket Hits Northern Israel\n\nA rocket fired from Lebanon struck a building in Kiryat "
     "Shmona on Tuesday, causing heavy damage but no injuries, Israel's Magen David Adom said. "
     "Most of the town's residents have been evacuated since October 2023.",
     "Kiryat Shemona",
     "Apartment Block Damaged\n\nA rocket launched from southern Lebanon hit an apartment block "
     "in Kiryat Shemona, the Israel Defense Forces said, adding that sirens had sounded across "
     "the Galilee panhandle."),
]

BLIND7_MUST_NOT_MERGE = [
    # (kind, form a, text holding form a (or both forms), form b, second text or None when both forms are in the first text)
    ("mother and son", "Sonia Gandhi",
     "Congress Leaders Granted Bail\n\nA Delhi court on Saturday granted bail to Congress "
     "president Sonia Gandhi and her son Rahul Gandhi in the National Herald case, brought by a "
     "BJP politician. Both denied wrongdoing and said the case was politically motivated.",
     "Rahul Gandhi", None),
    ("two towns with similar names", "Myrnohrad",
     "Families Told to Leave Frontline Town\n\nUkrainian officials ordered families with children "
     "to leave Myrnohrad in eastern Ukraine on Monday as Russian forces advanced, the regional "
     "military administration said.",
     "Myrhorod",
     "Drone Attack on Poltava Region\n\nRussian drones struck the city of Myrhorod in Ukraine's "
     "Poltava region overnight, damaging an industrial facility, the regional governor said on "
     "Telegram."),
    ("two parties with similar names", "Pakistan Muslim League-Nawaz",
     "Coalition Deal in Islamabad\n\nThe Pakistan Muslim League-Nawaz agreed on Tuesday to form "
     "a coalition government with the Pakistan Peoples Party and smaller allies including the "
     "Pakistan Muslim League-Quaid, after the Feb. 8 election produced no outright winner.",
     "Pakistan Muslim League-Quaid", None),
    ("two clubs with similar names", "Atlético Nacional",
     "Libertadores Round-Up\n\nAtlético Nacional won 2-0 in Medellín on Wednesday to top their Copa Libertadores group, "
     "while in Montevideo Club Nacional were held to a 1-1 draw by a Brazilian side, CONMEBOL "
     "said.",
     "Club Nacional", None),
    ("province and a different city", "Kermanshah",
     "Quake Kills Hundreds on Iran-Iraq Border\n\nA magnitude 7.3 earthquake struck Kermanshah "
     "province in western Iran on Sunday night, killing more than 400 people, Iranian officials "
     "said. The worst-hit town was Sarpol-e Zahab.",
     "Kerman",
     "Twin Blasts in Southeastern Iran\n\nTwo explosions struck a crowd near a cemetery in the "
     "southeastern city of Kerman on Wednesday during a memorial for a slain general, killing "
     "dozens of people, Iranian state media said."),
    ("two people with similar names", "Mohammed bin Zayed",
     "UAE Leaders Receive Visitor\n\nUAE President Sheikh Mohammed bin Zayed received the French "
     "president in Abu Dhabi on Monday, a day after the visitor met Vice President Sheikh "
     "Mohammed bin Rashid, the ruler of Dubai, the state news agency WAM said.",
     "Mohammed bin Rashid", None),
    ("two groups with similar names", "Sudan Liberation Movement",
     "Peace Deal Signed in Juba\n\nSudan's transitional government signed a peace agreement in "
     "Juba on Saturday with an alliance of rebel groups including the Sudan Liberation Movement "
     "faction of Minni Minnawi. The Sudan People's Liberation Movement-North faction led by "
     "Abdelaziz al-Hilu did not sign.",
     "Sudan People's Liberation Movement-North", None),
    ("father and son", "Jair Bolsonaro",
     "Bolsonaro Son Stays in US\n\nBrazil's former president Jair Bolsonaro said on Tuesday that "
     "his son Eduardo Bolsonaro, a federal deputy for Sao Paulo, would remain in the United "
     "States to lobby against what the family calls political persecution in Brazil.",
     "Eduardo Bolsonaro", None),
    ("two cities with similar names", "Ahmedabad",
     "Plane Crashes After Take-Off in India\n\nAn Air India flight bound for London crashed into "
     "a residential area shortly after take-off from Ahmedabad in Gujarat on Thursday, officials "
     "said.",
     "Ahmednagar",
     "Hospital Fire Kills Eleven\n\nA fire broke out in the intensive care unit of the district "
     "civil hospital in Ahmednagar in Maharashtra on Saturday, killing 11 Covid-19 patients, "
     "police said."),
    ("two people with the same given name", "Ayman Odeh",
     "Arab Lawmaker Faces Expulsion Bid\n\nIsraeli lawmaker Ayman Odeh, head of the Hadash-Ta'al "
     "list, faced a Knesset vote on Monday on expelling him over comments about the war in Gaza, "
     "his party said in Haifa.",
     "Ayman Safadi",
     "Jordan Warns Over West Bank\n\nJordanian Foreign Minister Ayman Safadi told reporters in "
     "Amman on Monday that any annexation of the occupied West Bank would threaten regional "
     "stability."),
]


# -- blind8: 30 + 10 pairs written by a helper that never read the rules or the linker code
# (stop 33, written at the end of the stop; measured on the start and end code before
# anyone read it). A third Arabic, Persian, Pashto, Urdu and Kurdish names; the rest
# Armenian, Uzbek, Chinese, Japanese, Korean, Sinhala, Indonesian, Tamil, Hebrew, Thai,
# Georgian, Turkish, Ukrainian, Tibetan, Somali, Khmer, Quechua.
BLIND8_VARIANTS = [
    # (kind, form in first report, first report text, form in second report, second report text)
    # -- people -------------------------------------------------------------------------------
    ("person", "Abdul Hamid Dbeibah",
     "Libyan Premier Vows to End Militia Rule\n\nLibya's Tripoli-based Prime Minister Abdul Hamid "
     "Dbeibah said on Wednesday that armed groups operating outside the state would be dismantled, "
     "after two days of street fighting in the capital. The United Nations mission in Libya urged "
     "all sides to respect a fragile truce.",
     "Abdulhamid al-Dbeibah",
     "Truce Holds in Tripoli After Deadly Clashes\n\nA ceasefire largely held in Tripoli on Thursday "
     "after the heaviest fighting in the Libyan capital in years. Prime Minister Abdulhamid "
     "al-Dbeibah, head of the Government of National Unity, praised the security forces and said "
     "state institutions must control all weapons."),
    ("person", "Abdolnaser Hemmati",
     "Iran's Parliament Ousts Economy Minister\n\nIranian lawmakers voted on Sunday to impeach "
     "Economy Minister Abdolnaser Hemmati over the collapse of the rial and rising prices. Of the "
     "273 deputies present in Tehran, 182 backed the motion, state media reported.",
     "Abdolnasser Hemmati",
     "Rial Slide Costs Minister His Job\n\nAbdolnasser Hemmati lost his post as Iran's minister of "
     "economy and finance on March 2 after the Majlis voted to remove him. The president "
     "had defended him on the floor, arguing that the country's economic troubles could "
     "not be blamed on one man."),
    ("person", "Amir Khan Muttaqi",
     "Taliban Minister Arrives in New Delhi\n\nAfghanistan's Taliban-appointed foreign minister "
     "Amir Khan Muttaqi arrived in India on Thursday for a week-long visit, the most senior Taliban "
     "official to travel to New Delhi since the group returned to power in 2021. He is due to meet "
     "Indian External Affairs Minister S. Jaishankar.",
     "Amir Khan Motaqi",
     "India to Upgrade Kabul Mission\n\nIndia will upgrade its technical mission in Kabul to an "
     "embassy, Indian officials said after talks with Amir Khan Motaqi, the acting foreign minister "
     "of the Islamic Emirate. The Afghan delegation discussed trade, health aid and the Chabahar "
     "route, Afghan media reported."),
    ("person", "Faiz Hameed",
     "Former Spy Chief Taken Into Military Custody\n\nPakistan's army said on Monday it had taken "
     "former intelligence chief Lieutenant General (retd) Faiz Hameed into custody and started court "
     "martial proceedings against him. The Inter-Services Public Relations statement said the action "
     "followed a complaint over a private housing scheme in Islamabad.",
     "Faiz Hamid",
     "Ex-ISI Head Faces Court Martial\n\nFaiz Hamid, who led Pakistan's Inter-Services Intelligence "
     "agency until 2021, was detained by the military in Rawalpindi, an army statement said. Analysts "
     "said it was the first time a former ISI director general had faced a court martial."),
    ("person", "Asaad al-Shaibani",
     "New Syrian Flag Raised at UN\n\nSyrian Foreign Minister Asaad al-Shaibani raised the flag of "
     "the new Syria at United Nations headquarters in New York on Friday. He told the Security Council "
     "that sanctions imposed on the former government were now hurting ordinary Syrians.",
     "Asaad al-Shibani",
     "Damascus Asks Security Council to Lift Sanctions\n\nAsaad al-Shibani, making his first "
     "appearance before the 15-member Security Council, said the interim authorities in Damascus "
     "would cooperate with the Organisation for the Prohibition of Chemical Weapons. Diplomats said "
     "Washington was still reviewing its measures against Syria."),
    ("person", "Nikol Pashinyan",
     "Armenia and Azerbaijan Initial Peace Deal at White House\n\nArmenian Prime Minister Nikol "
     "Pashinyan and the president of Azerbaijan initialled a peace agreement at the White House on "
     "Friday, hosted by US President Donald Trump. The deal includes a transit route across southern "
     "Armenia.",
     "Nikol Pashinian",
     "Yerevan Hails 'Historic' Washington Summit\n\nNikol Pashinian said on his return to Yerevan "
     "that the agreement signed in Washington on August 8 opened the way to ending decades of "
     "conflict with Baku. Opposition groups in Armenia criticised the planned corridor, RFE/RL "
     "reported."),
    ("person", "Shavkat Mirziyoyev",
     "Uzbek Leader Wins Snap Election\n\nUzbekistan's President Shavkat Mirziyoyev won Sunday's "
     "early presidential election with about 87 percent of the vote, the Central Election Commission "
     "in Tashkent said. The vote followed constitutional changes that extended the presidential term "
     "to seven years.",
     "Shavkat Mirziyoev",
     "OSCE Says Uzbek Vote Lacked Real Competition\n\nObservers from the OSCE said the July 9 "
     "election that returned Shavkat Mirziyoev to office was conducted efficiently but lacked genuine "
     "political competition. None of the three other candidates openly challenged the incumbent."),
    ("person", "Ko Wen-je",
     "Taiwan Prosecutors Indict Opposition Figure\n\nTaipei prosecutors on Thursday indicted Ko "
     "Wen-je, founder of the Taiwan People's Party and a former mayor of Taipei, on corruption "
     "charges linked to a property development. They are seeking a prison term of more than 28 years.",
     "Ke Wenzhe",
     "Taiwan Party Founder Charged\n\nKe Wenzhe, who ran for leader of the island in January, was "
     "charged with bribery and embezzlement of political donations, according to the Taipei District "
     "Prosecutors Office. His party said the case was politically motivated by the DPP authorities."),
    ("person", "Shohei Ohtani",
     "Teen Pitcher Chooses Fighters Over MLB\n\nHigh school pitcher Shohei Ohtani said on Sunday he "
     "will sign with the Hokkaido Nippon Ham Fighters, reversing his plan to go straight to Major "
     "League Baseball. The 18-year-old from Iwate prefecture had been drafted by the Fighters in "
     "October despite his stated wish to play in the United States.",
     "Shohei Otani",
     "Nippon Ham Land Hard-Throwing Prospect\n\nShohei Otani, the right-hander clocked at 160 km/h "
     "at Hanamaki Higashi High School, agreed to join the Pacific League club, the team said in "
     "Sapporo. The Fighters promised to let him both pitch and hit."),
    ("person", "Kim Moon-soo",
     "Conservatives Name Presidential Candidate\n\nSouth Korea's People Power Party confirmed former "
     "labour minister Kim Moon-soo as its candidate for the June 3 presidential election on Saturday, "
     "after a chaotic overnight attempt by party leaders to replace him failed. He will face "
     "Democratic Party candidate Lee Jae-myung.",
     "Kim Mun-su",
     "Party Members Reject Bid to Swap Nominee\n\nKim Mun-su was reinstated as the ruling party's "
     "presidential nominee in Seoul after members voted down a plan to hand the ticket to former "
     "prime minister, Yonhap news agency reported. The snap election was called after the previous "
     "president was removed from office."),
    ("person", "Anura Kumara Dissanayake",
     "Marxist-Rooted Leader Wins Sri Lanka Vote\n\nAnura Kumara Dissanayake was declared the winner "
     "of Sri Lanka's presidential election on Sunday after a second count of preference votes, the "
     "Election Commission in Colombo said. He promised to fight corruption and renegotiate parts of "
     "the IMF bailout.",
     "Anura Kumara Dissanayaka",
     "New President Sworn In\n\nAnura Kumara Dissanayaka took the oath of office at the Presidential "
     "Secretariat on September 23, becoming the first Sri Lankan leader from outside the two parties "
     "that have long dominated politics on the island. He dissolved parliament the next day."),
    ("person", "Suharto",
     "Indonesia Names Suharto a National Hero\n\nIndonesian President Prabowo Subianto on Monday "
     "conferred the title of national hero on his former father-in-law Suharto, who ruled the country "
     "for 32 years. Human rights groups in Jakarta condemned the decision.",
     "Soeharto",
     "Protests Greet Hero Title for Former Ruler\n\nActivists rallied outside the State Palace after "
     "the government added Soeharto to the list of Indonesian national heroes on November 10. Victims' "
     "families said the New Order regime was responsible for mass killings and abductions."),
    # -- groups, parties, clubs -----------------------------------------------------------------
    ("group", "al-Wefaq",
     "Bahrain Court Dissolves Main Shiite Opposition\n\nA Bahraini court on Sunday ordered the "
     "dissolution of al-Wefaq, the kingdom's largest opposition group, and the seizure of its funds. "
     "The US State Department said it was deeply troubled by the ruling in Manama.",
     "Al-Wifaq",
     "Opposition Society Shut Down\n\nThe High Civil Court ordered Al-Wifaq National Islamic Society "
     "to be liquidated, accusing it of fostering extremism, Bahrain's state news agency BNA reported. "
     "The group's leader, Sheikh Ali Salman, is already serving a prison sentence."),
    ("organisation", "Tsinghua University",
     "Chinese Universities Climb Global Rankings\n\nTsinghua University in Beijing was ranked the "
     "top university in Asia in the latest Times Higher Education table published on Wednesday. "
     "Peking University came second in the region.",
     "Qinghua University",
     "Beijing Campus Named Asia's Best\n\nQinghua University held its position as the highest-placed "
     "Asian institution in the annual rankings released in London, according to the ministry of "
     "education. Several mainland universities entered the global top 50 for the first time."),
    ("party", "Janatha Vimukthi Peramuna",
     "Leftist Alliance Sweeps Sri Lanka Parliament\n\nThe National People's Power alliance, built "
     "around the Janatha Vimukthi Peramuna, won 159 of the 225 seats in Sri Lanka's parliamentary "
     "election on Thursday. It is the first two-thirds majority for a single bloc since 1977.",
     "Janatha Vimukti Peramuna",
     "From Insurgency to Two-Thirds Majority\n\nThe Janatha Vimukti Peramuna, which led armed "
     "uprisings in 1971 and 1989, now dominates the legislature after the November 14 vote, the "
     "Election Commission said. Tamil-majority districts in the north also backed the coalition."),
    ("party", "Tamilaga Vettri Kazhagam",
     "Dozens Killed in Crush at Actor Vijay's Rally\n\nAt least 39 people were killed in a stampede "
     "at a rally held by actor-politician Vijay's Tamilaga Vettri Kazhagam in Karur, Tamil Nadu, on "
     "Saturday evening, officials said. Chief Minister M.K. Stalin announced compensation for the "
     "victims' families.",
     "Tamilaga Vetri Kazhagam",
     "Police Book Party Functionaries After Karur Stampede\n\nTamil Nadu police registered a case "
     "against district office-bearers of the Tamilaga Vetri Kazhagam after the deadly crush in Karur. "
     "The party has asked the Madras High Court for an independent probe, saying the crowd was "
     "poorly managed."),
    ("party", "Agudat Yisrael",
     "Ultra-Orthodox Party Quits Netanyahu Coalition\n\nThe ultra-Orthodox United Torah Judaism "
     "alliance said on Monday its factions Degel HaTorah and Agudat Yisrael would leave Prime Minister "
     "Benjamin Netanyahu's government over a bill on military service for yeshiva students.",
     "Agudat Israel",
     "Haredi Walkout Leaves Government With Thin Majority\n\nAgudat Israel's lawmakers resigned "
     "their Knesset committee posts in Jerusalem as the dispute over draft exemptions deepened, "
     "Israeli media reported. Shas said it would stay in the coalition for now."),
    ("party", "Ruam Thai Sang Chart",
     "Thai Parliament Elects New Premier\n\nThailand's parliament elected Srettha Thavisin as prime "
     "minister on Tuesday with the backing of a coalition that included the military-aligned Ruam "
     "Thai Sang Chart party. The vote ended three months of deadlock after the May election.",
     "Ruam Thai Sang Chat",
     "Army-Linked Parties Join Ruling Bloc\n\nRuam Thai Sang Chat, the party of the outgoing prime "
     "minister, secured cabinet seats in the new government formed in Bangkok, the Bangkok "
     "Post reported. Critics accused the coalition of betraying voters who backed reformist parties."),
    ("club", "Dinamo Tbilisi",
     "Dinamo Tbilisi Crowned Georgian Champions\n\nDinamo Tbilisi clinched the Erovnuli Liga title "
     "on Sunday with a win at the Boris Paichadze Dinamo Arena. The club will enter the Champions "
     "League qualifying rounds next summer.",
     "Dynamo Tbilisi",
     "Title Returns to the Capital\n\nDynamo Tbilisi secured the Georgian league championship with a "
     "round to spare, the Georgian Football Federation said. Their nearest rivals "
     "finished as runners-up."),
    ("club", "Göztepe",
     "Izmir Club Back in Super Lig\n\nGöztepe sealed promotion to Turkey's Süper Lig on Saturday "
     "after a win in front of a sold-out crowd at the Gürsel Aksel Stadium in Izmir. The club had "
     "spent two seasons in the second tier.",
     "Goztepe",
     "Goztepe Promoted as Fans Celebrate\n\nGoztepe will play top-flight football again next season "
     "after securing an automatic promotion spot in the TFF First League, the Turkish Football "
     "Federation confirmed. Thousands of supporters gathered in Konak square."),
    # -- places ---------------------------------------------------------------------------------
    ("town", "Tarhuna",
     "UN Calls for Probe Into Libya Mass Graves\n\nThe United Nations called on Thursday for an "
     "investigation after Libyan government forces reported finding mass graves in Tarhuna, a town "
     "south-east of Tripoli recently abandoned by eastern-based forces.",
     "Tarhouna",
     "More Bodies Found South of Tripoli\n\nSearch teams recovered more bodies from graves in "
     "Tarhouna, Libya's missing persons authority said. Families accuse the Kaniyat militia, which "
     "controlled the town for years, of abducting and killing hundreds of residents."),
    ("town", "Kirkuk",
     "Curfew Imposed After Deadly Kirkuk Clashes\n\nIraqi authorities imposed a curfew in Kirkuk on "
     "Saturday after four people were killed in clashes between Kurdish and Arab protesters, "
     "security sources said. The prime minister's office in Baghdad ordered an investigation.",
     "Kerkuk",
     "Tensions Flare Over Party Headquarters\n\nProtesters in Kerkuk clashed on September 2 over "
     "the planned return of the Kurdistan Democratic Party to a building it left in 2017, Rudaw "
     "reported. Iraq's Federal Supreme Court later suspended the handover."),
    ("town", "Spin Boldak",
     "Pakistan and Afghan Forces Clash at Border\n\nHeavy fighting broke out between Pakistani and "
     "Afghan Taliban forces near the border town of Spin Boldak in southern Afghanistan on Wednesday, "
     "officials on both sides said. Residents reported civilian casualties.",
     "Spin Buldak",
     "Civilians Killed in Border Fighting\n\nThe Taliban government's chief spokesman said Pakistani "
     "strikes hit homes in Spin Buldak, across from the Pakistani town of Chaman. Islamabad said its "
     "troops had repulsed an attack on border posts."),
    ("town", "Gwadar",
     "Militants Attack Port Complex in Pakistan\n\nGunmen stormed the Gwadar Port Authority "
     "complex in south-western Pakistan on Wednesday, the military said, adding that eight attackers "
     "were killed. The banned Baloch Liberation Army claimed responsibility.",
     "Gawadar",
     "Security Forces Foil Attack on Port Authority\n\nSecurity forces repulsed an assault on the "
     "Gawadar Port Authority Colony, the provincial information minister said. The port is a key part "
     "of the China-Pakistan Economic Corridor, and Chinese engineers work nearby."),
    ("town", "Kryvyi Rih",
     "Missile Strike on Zelensky's Home City\n\nA Russian missile struck a residential area of Kryvyi "
     "Rih in central Ukraine on Friday, killing at least 18 people including nine children, regional "
     "officials said. The missile hit near a playground.",
     "Kryvyy Rih",
     "Mourning Declared After Children Killed\n\nAuthorities in Kryvyy Rih declared three days of "
     "mourning after the April 4 attack, Ukraine's emergency service said. Russia's defence ministry "
     "claimed it had targeted a meeting of military officers."),
    ("town", "Dege",
     "Tibetans Detained Over Dam Protest\n\nChinese police detained hundreds of Tibetans who "
     "protested against a planned hydropower dam in Dege county in Sichuan province, rights groups "
     "said on Friday. The Kamtok dam would flood several villages and monasteries.",
     "Derge",
     "Monks Held After Rare Protest in Sichuan\n\nMonks and villagers from Derge were arrested after "
     "gathering outside county government offices in February, Human Rights Watch said. The Yangtze "
     "dam project threatens six monasteries in the Garze Tibetan prefecture."),
    ("town", "Ofunato",
     "Japan's Largest Wildfire in Decades\n\nA wildfire in Ofunato in Iwate prefecture has burned "
     "about 2,600 hectares and forced more than 4,000 residents to evacuate, officials said on "
     "Tuesday. One person was found dead.",
     "Ōfunato",
     "Firefighters Battle Blaze in Iwate\n\nSelf-Defense Force helicopters dropped water over "
     "hillsides around Ōfunato as the fire spread toward homes, public broadcaster NHK reported. It "
     "is the largest forest fire in Japan since 1992."),
    ("town", "Bosaso",
     "Puntland Launches Offensive Against Islamic State\n\nSomalia's semi-autonomous Puntland region "
     "launched a ground offensive against Islamic State fighters in the Cal Miskaad mountains "
     "south-east of the port city of Bosaso, officials said on Saturday.",
     "Bossaso",
     "US Strikes Support Puntland Campaign\n\nUS Africa Command said it carried out air strikes in "
     "support of Puntland forces in the Bari region, whose capital is Bossaso. Officials in the "
     "region said dozens of foreign fighters had been killed."),
    ("town", "Oddar Meanchey",
     "Thai and Cambodian Troops Exchange Fire\n\nFighting erupted between Thai and Cambodian troops "
     "near the Ta Muen Thom temple on the border with Cambodia's Oddar Meanchey province on Thursday. "
     "Thailand said it had used F-16 jets against military targets.",
     "Otdar Meanchey",
     "Cambodia Accuses Thailand of Air Strikes\n\nCambodia's defence ministry said Thai aircraft "
     "dropped bombs near temples in Otdar Meanchey on July 24, and civilians fled toward Samraong. "
     "Phnom Penh asked the UN Security Council to hold an emergency meeting."),
    ("town", "Cusco",
     "Tourists Stranded at Machu Picchu\n\nMore than 1,400 tourists were evacuated from Machu "
     "Picchu on Tuesday after protesters blocked the rail line in a dispute over the bus contract, "
     "authorities in Cusco said. Peru's tourism ministry sent extra trains.",
     "Cuzco",
     "Peru Evacuates Visitors From Citadel\n\nProtests in the Cuzco region left visitors stuck in "
     "Aguas Calientes, the town below the Inca site, Peru's ombudsman said. Residents are angry that "
     "a new bus operator was granted the route."),
]
BLIND8_MUST_NOT_MERGE = [
    # (kind, form a, text holding form a (or both forms), form b, second text or None when both forms are in the first text)
    ("father and son", "Bidzina Ivanishvili",
     "Georgian Dream Founder Sanctioned by US\n\nThe US Treasury imposed sanctions on Bidzina "
     "Ivanishvili, the billionaire founder of Georgia's ruling Georgian Dream party, on Friday. His "
     "son, the rapper Bera Ivanishvili, was not named in the order.",
     "Bera Ivanishvili", None),
    ("two towns with similar names", "Khorramabad",
     "Strikes Hit Western Iran\n\nExplosions were heard near a missile base outside Khorramabad, the "
     "capital of Iran's Lorestan province, on Friday, local media reported.",
     "Khorramshahr",
     "Flooding in Khuzestan\n\nHeavy rain flooded streets in the port city of Khorramshahr near the "
     "Iraqi border, Iran's Red Crescent said, and residents were moved to shelters."),
    ("two parties with similar names", "All Progressives Grand Alliance",
     "Soludo Re-Elected in Anambra\n\nNigeria's electoral commission declared Governor Charles "
     "Soludo of the All Progressives Grand Alliance winner of the Anambra governorship election on "
     "Sunday. The candidate of the ruling All Progressives Congress came a distant second.",
     "All Progressives Congress", None),
    ("two clubs with similar names", "Al-Hilal",
     "Saudi Side Stun Manchester City\n\nAl-Hilal beat Manchester City 4-3 after extra time in "
     "Orlando to reach the Club World Cup quarter-finals, a famous result for Saudi football.",
     "Al-Hilal Omdurman",
     "Sudanese Champions Advance in Africa\n\nAl-Hilal Omdurman, forced to play home matches abroad "
     "because of the war in Sudan, reached the group stage of the CAF Champions League."),
    ("a province and a different town", "Gilan",
     "Forest Fires in Northern Iran\n\nFirefighters battled blazes in the Hyrcanian forests of Gilan "
     "province on the Caspian coast, officials in Rasht said.",
     "Gilan-e Gharb",
     "Quake Shakes Western Iran\n\nA moderate earthquake damaged houses in Gilan-e Gharb, a "
     "town near Iran's border with Iraq, the Red Crescent said on Monday."),
    ("two people with similar names", "Lee Jae-myung",
     "Business Leaders Join President in Washington\n\nSouth Korean President Lee Jae-myung arrived "
     "in Washington for his first summit with Donald Trump, accompanied by business leaders including "
     "Samsung Electronics chairman Lee Jae-yong.",
     "Lee Jae-yong", None),
    ("father and daughter", "Thaksin Shinawatra",
     "Thaksin Ordered Back to Prison\n\nThailand's Supreme Court ordered former prime minister "
     "Thaksin Shinawatra to serve a one-year prison term on Tuesday, days after the Constitutional "
     "Court removed his daughter Paetongtarn Shinawatra as prime minister.",
     "Paetongtarn Shinawatra", None),
    ("two groups with similar names", "Saraya al-Quds",
     "Islamic Jihad Fires Rockets\n\nSaraya al-Quds, the armed wing of Palestinian Islamic Jihad, "
     "said it fired rockets from Gaza toward southern Israel on Wednesday.",
     "Liwa al-Quds",
     "Pro-Government Militia in Aleppo\n\nLiwa al-Quds, a militia of Palestinian refugees that "
     "fought alongside Syrian government forces, withdrew from positions north of Aleppo, a war "
     "monitor said."),
    ("two towns with similar names", "San Cristóbal",
     "Protests in Western Venezuela\n\nDemonstrators blocked streets in San Cristóbal, the capital of "
     "Táchira state near the Colombian border, after the disputed presidential election.",
     "San Cristóbal de las Casas",
     "Violence Displaces Families in Chiapas\n\nHundreds of people fled to San Cristóbal de las Casas "
     "in southern Mexico after clashes between criminal groups in nearby highland villages."),
    ("two people sharing a surname", "Sadyr Japarov",
     "Kyrgyz President Fires Cabinet Chief\n\nKyrgyzstan's President Sadyr Japarov dismissed "
     "Akylbek Japarov as chairman of the cabinet of ministers on Monday and appointed Adylbek "
     "Kasymaliev in his place. The two men are not related.",
     "Akylbek Japarov", None),
]


# -- blind9: 30 + 10 pairs written by a helper that never read the rules or the linker code
# (stop 34, written after this stop's first rules; measured on the start and the then
# current code before anyone read it).
# Held-out blind test set 9: cross-outlet name variants and look-alike entities.

BLIND9_VARIANTS = [
    # (kind, form in first report, first report text, form in second report, second report text)

    # ---------------- people ----------------
    ("person", "Sergei Shoigu",
     "Putin Moves Defence Minister to Security Council\n\nRussian President Vladimir Putin on "
     "Sunday proposed replacing Defence Minister Sergei Shoigu with the economist Andrei Belousov. "
     "Shoigu, who had run the ministry since 2012, will become secretary of the Security Council, "
     "the Kremlin said.",
     "Sergey Shoygu",
     "Kremlin Reshuffle Puts Economist in Charge of Army\n\nAndrei Belousov, a former first deputy "
     "prime minister, has been nominated to lead Russia's defence ministry. His predecessor Sergey "
     "Shoygu takes over from Nikolai Patrushev at the Security Council. Analysts said the move "
     "signalled a focus on controlling war spending."),

    ("person", "Kyrylo Budanov",
     "Ukraine Spy Chief Warns of New Russian Offensive\n\nKyrylo Budanov, head of Ukraine's "
     "military intelligence agency HUR, said on Tuesday that Russia was massing troops for a summer "
     "push in the north-east. He told reporters the attack could target the Kharkiv region.",
     "Kirill Budanov",
     "Ukrainian Intelligence Claims Moscow Preparing Offensive Near Kharkov\n\nKirill Budanov, who "
     "leads the Main Intelligence Directorate in Ukraine, claimed Russian units were regrouping near "
     "the border. Russia's defence ministry did not comment on his remarks."),

    ("person", "Shigeru Ishiba",
     "Japan's Parliament Elects New Prime Minister\n\nShigeru Ishiba was formally elected prime "
     "minister of Japan on Tuesday, days after winning the leadership of the ruling Liberal "
     "Democratic Party. He said he would call a snap general election for October 27.",
     "Ishiba Shigeru",
     "New Japanese Leader Takes Office, Eyes Early Vote\n\nIshiba Shigeru, 67, replaced Kishida "
     "Fumio as Japan's leader on Tuesday. The new prime minister named his cabinet hours later and "
     "confirmed plans to dissolve the lower house."),

    ("person", "Ahn Cheol-soo",
     "Ruling Party Lawmaker Breaks Ranks on Impeachment\n\nAhn Cheol-soo was the only People Power "
     "Party lawmaker to remain in South Korea's National Assembly for Saturday's impeachment vote. "
     "The motion failed after most of his colleagues walked out of the chamber.",
     "Ahn Chul-soo",
     "Impeachment Motion Collapses for Lack of Quorum\n\nSouth Korea's opposition failed to impeach "
     "the president on Saturday after ruling party members boycotted the ballot in Seoul. Ahn "
     "Chul-soo, a former presidential candidate, defied the boycott and cast his vote."),

    ("person", "Mamata Banerjee",
     "Chief Minister Leads Kolkata March Over Doctor's Murder\n\nWest Bengal Chief Minister Mamata "
     "Banerjee marched through Kolkata on Friday demanding the death penalty for the killers of a "
     "trainee doctor at R G Kar Medical College. Opposition parties accused her government of a "
     "cover-up.",
     "Mamata Bandyopadhyay",
     "Bengal CM Offers to Resign as Doctors Stay Away\n\nMamata Bandyopadhyay said on Thursday she "
     "was ready to step down after junior doctors skipped talks at the state secretariat, Nabanna. "
     "The doctors have been on strike since their colleague was raped and murdered in August."),

    ("person", "Megawati Soekarnoputri",
     "Megawati Keeps Grip on PDI-P\n\nFormer Indonesian president Megawati Soekarnoputri was "
     "reappointed chair of the Indonesian Democratic Party of Struggle on Friday at the party "
     "congress in Bali. She has led the party since it was founded.",
     "Megawati Sukarnoputri",
     "Indonesia's Biggest Party Sticks With Its Matriarch\n\nDelegates meeting in Bali voted to keep "
     "Megawati Sukarnoputri, 78, at the head of the PDI-P for another five years. They also gave "
     "her sole authority to name the party's new leadership team."),

    ("person", "Pita Limjaroenrat",
     "Thai Court Dissolves Election-Winning Party\n\nThailand's Constitutional Court on Wednesday "
     "ordered the dissolution of the Move Forward Party and banned its former leader Pita "
     "Limjaroenrat from politics for ten years. The party won the most seats in the 2023 election.",
     "Pita Limcharoenrat",
     "Reformists Vow to Regroup After Ban\n\nPita Limcharoenrat told supporters in Bangkok that the "
     "movement would carry on under a new name. The judges ruled that the party's pledge to amend "
     "the royal insult law threatened the constitutional monarchy."),

    ("person", "Isaias Afwerki",
     "Eritrean Leader Marks Independence Day\n\nPresident Isaias Afwerki addressed crowds in Asmara "
     "on Friday to mark 33 years since Eritrean fighters took the capital. He criticised foreign "
     "interference in the Horn of Africa.",
     "Isaias Afewerki",
     "Asmara Celebrates as President Warns Outsiders\n\nIsaias Afewerki used his Independence Day "
     "speech to accuse outside powers of fuelling conflict in the region. Eritrea, which broke away "
     "from Ethiopia after a 30-year war, has not held a national election since independence."),

    ("person", "Hassan Sheikh Mohamud",
     "Somali President Announces New Offensive\n\nPresident Hassan Sheikh Mohamud said on Monday "
     "that government troops and clan militias would launch a new offensive against al-Shabaab in "
     "central Somalia. He urged residents to cut all ties with the group.",
     "Hassan Sheekh Maxamuud",
     "Villa Somalia Declares 'Total War'\n\nSomalia's president Hassan Sheekh Maxamuud told a "
     "gathering of clan elders in Mogadishu that the war on the militants would be taken to every "
     "district. He also called on the diaspora to support the national army."),

    ("person", "Salome Zourabichvili",
     "Outgoing President Leaves Palace but Refuses to Concede\n\nGeorgia's president Salome "
     "Zourabichvili left the Orbeliani Palace in Tbilisi on Sunday as Mikheil Kavelashvili was sworn "
     "in. She said the parliament that chose him was illegitimate.",
     "Salome Zurabishvili",
     "Georgia Swears In Former Footballer Amid Protests\n\nMikheil Kavelashvili took office on "
     "Sunday in a ceremony boycotted by the opposition. His predecessor Salome Zurabishvili told "
     "crowds outside that she remained the only legitimate president of the country."),

    ("person", "Ruben Vardanyan",
     "Baku Court Opens Trial of Former Karabakh Official\n\nThe trial of Ruben Vardanyan, the "
     "Russian-Armenian billionaire who served as state minister of the breakaway Karabakh "
     "government, opened in Baku on Friday. He faces charges including financing terrorism.",
     "Ruben Vardanian",
     "Detained Businessman Rejects Charges in Azerbaijan\n\nRuben Vardanian, held since he was "
     "arrested at the Lachin checkpoint in September 2023, denied the accusations at a military "
     "court. His family in Yerevan says the case is politically motivated."),

    ("person", "Kassym-Jomart Tokayev",
     "Kazakhs Back Nuclear Power Plant in Referendum\n\nVoters in Kazakhstan approved construction "
     "of the country's first nuclear power plant, the Central Election Commission said on Monday. "
     "President Kassym-Jomart Tokayev had championed the project.",
     "Qasym-Jomart Toqaev",
     "Kazakh Leader Hails Nuclear Vote\n\nQasym-Jomart Toqaev thanked citizens for taking part in "
     "Sunday's referendum. He said an international consortium would be chosen to build the plant "
     "near Lake Balkhash, and that Rosatom and Chinese firms were among the bidders."),

    ("person", "Herzi Halevi",
     "Israeli Army Chief Resigns Over October 7 Failures\n\nLieutenant General Herzi Halevi "
     "announced on Tuesday that he would step down as chief of staff. He said he bore "
     "responsibility for the military's failure to prevent the Hamas attack of October 7, 2023.",
     "Herzl Halevi",
     "IDF Chief Sets March Departure Date\n\nHerzl Halevi told Defence Minister Israel Katz in a "
     "letter that he would leave his post on March 6. The head of the army's Southern Command also "
     "resigned on the same day."),

    # ---------------- groups / parties / clubs / organisations ----------------
    ("party", "Kuomintang",
     "Cheng Li-wun Elected Opposition Chair in Taiwan\n\nFormer legislator Cheng Li-wun won the "
     "leadership of Taiwan's main opposition Kuomintang on Saturday, beating a crowded field. She "
     "pledged to rebuild the party ahead of next year's local elections.",
     "Guomindang",
     "Beijing Congratulates New Taiwan Opposition Leader\n\nChinese President Xi Jinping sent a "
     "congratulatory message to Cheng Li-wun after her election as chairwoman of the Guomindang. "
     "Cheng has called for closer exchanges across the Taiwan Strait."),

    ("party", "Pheu Thai",
     "Ruling Party Nominates Thaksin's Daughter\n\nThailand's Pheu Thai party on Thursday nominated "
     "Paetongtarn Shinawatra, 37, to replace Srettha Thavisin, who was dismissed by the "
     "Constitutional Court a day earlier.",
     "Puea Thai",
     "Parliament Elects Youngest Thai Prime Minister\n\nLawmakers in Bangkok elected Paetongtarn "
     "Shinawatra as prime minister on Friday. Her Puea Thai party leads the governing coalition, "
     "and her father remains a powerful figure behind the scenes."),

    ("party", "Pakistan Tehreek-e-Insaf",
     "Imran Khan's Party Calls Off Islamabad Sit-In\n\nPakistan Tehreek-e-Insaf ended its protest "
     "in Islamabad early on Wednesday after security forces cleared D-Chowk. The party said several "
     "of its workers had been killed by gunfire.",
     "Pakistan Tehrik-i-Insaf",
     "Crackdown Ends Opposition March on Capital\n\nSupporters of jailed former prime minister "
     "Imran Khan fled the city overnight as police and Rangers moved in. Leaders of the Pakistan "
     "Tehrik-i-Insaf, including Khan's wife Bushra Bibi, left the area, officials said."),

    ("party", "Gorran",
     "Change Movement Shut Out of Kurdish Parliament\n\nThe Change Movement, known as Gorran, failed "
     "to win a single seat in the Kurdistan Region's parliamentary election, according to results "
     "released on Monday. The party held 24 seats after the 2013 vote.",
     "Goran",
     "Once-Mighty Opposition Wiped Out in Kurdish Vote\n\nGoran, which broke the two-party grip of "
     "the KDP and PUK in 2009, received only a few thousand votes. New Generation made gains in "
     "Sulaimani province, the movement's former stronghold."),

    ("group", "al-Shabaab",
     "Dozens Killed in Attack on Mogadishu Beach\n\nAt least 32 people were killed when gunmen and "
     "a suicide bomber attacked Lido beach in Mogadishu on Friday night, police said. The "
     "al-Qaeda-linked group al-Shabaab claimed responsibility.",
     "al-Shabab",
     "Militants Claim Assault on Somali Seafront\n\nThe militant group al-Shabab said its fighters "
     "carried out the attack on a popular beachfront in the Somali capital. Survivors described "
     "diners being shot at restaurant tables."),

    ("group", "Houthis",
     "Missile Strikes Near Israel's Main Airport\n\nA ballistic missile fired by Yemen's Houthis "
     "landed near Ben Gurion Airport on Sunday, wounding several people and briefly halting "
     "flights. The Israeli military said interception attempts had failed.",
     "Huthis",
     "Israel Vows Response After Yemen Attack\n\nPrime Minister Benjamin Netanyahu said Israel would "
     "retaliate against the Iran-backed Huthis after a missile hit the perimeter of the airport "
     "near Tel Aviv. Several foreign airlines suspended flights to Israel."),

    ("club", "Shakhtar Donetsk",
     "Shakhtar Donetsk Clinch Ukrainian Title\n\nShakhtar Donetsk secured the Ukrainian Premier "
     "League title on Sunday, the club's 15th league crown. The team has not played a home game in "
     "Donetsk since 2014.",
     "Shakhtyor Donetsk",
     "Exiled Miners Win Championship Again\n\nShakhtyor Donetsk wrapped up the championship with "
     "games to spare. Coach Marino Pusic dedicated the trophy to Ukrainian soldiers and to fans "
     "who have not seen the club at home for a decade."),

    ("club", "Olympiacos",
     "Olympiacos Win Conference League in Athens\n\nAyoub El Kaabi headed the winner in extra time "
     "as Olympiacos beat Fiorentina 1-0 in the Europa Conference League final on Wednesday. It is "
     "the first major European trophy won by a Greek club.",
     "Olympiakos",
     "Piraeus Side Make History Against Fiorentina\n\nOlympiakos lifted the trophy at AEK's stadium "
     "in the Greek capital after a tense final. The Moroccan striker El Kaabi scored in the 116th "
     "minute, and thousands celebrated in Piraeus through the night."),

    ("organisation", "Viasna",
     "Belarus Jails Nobel Laureate for 10 Years\n\nA court in Minsk sentenced Ales Bialiatski, "
     "founder of the Viasna human rights centre, to ten years in prison on Friday. Three of his "
     "colleagues also received long terms.",
     "Vyasna",
     "Rights Group Founder Sentenced in Minsk\n\nThe Vyasna rights group said its founder, a "
     "co-winner of the 2022 Nobel Peace Prize, was convicted of smuggling and financing protests. "
     "Western governments condemned the verdict."),

    # ---------------- towns / provinces ----------------
    ("town", "Kaesong",
     "North Korea Blows Up Liaison Office\n\nNorth Korea destroyed the inter-Korean liaison office "
     "in the border town of Kaesong on Tuesday, South Korea's unification ministry said. The "
     "building had opened in 2018 after a summit between the two leaders.",
     "Gaeseong",
     "Seoul Condemns Demolition of Joint Office\n\nSmoke rose over Gaeseong after the North "
     "detonated the four-storey building, footage released by the South's defence ministry showed. "
     "The office stood next to the shuttered Gaeseong Industrial Complex."),

    ("town", "Odesa",
     "Missile Strike Hits Black Sea Port\n\nA Russian missile strike on the port of Odesa on Monday "
     "damaged a civilian cargo ship and grain facilities, Ukrainian officials said. Several port "
     "workers were killed.",
     "Odessa",
     "Grain Vessel Hit in Odessa Attack\n\nRussia's defence ministry said it had struck military "
     "targets in Odessa. A vessel flying the flag of Saint Kitts and Nevis was hit while loading "
     "wheat, Ukraine's navy said."),

    ("province", "Karakalpakstan",
     "Deadly Unrest in Uzbekistan's Autonomous Region\n\nEighteen people were killed during "
     "protests in the autonomous republic of Karakalpakstan, Uzbek authorities said on Monday. "
     "Demonstrators in Nukus had rallied against plans to remove the region's right to secede.",
     "Qaraqalpaqstan",
     "Tashkent Drops Constitutional Changes After Protests\n\nThe president flew to Qaraqalpaqstan "
     "and announced that articles on the region's sovereignty would stay in the constitution. A "
     "month-long state of emergency was declared."),

    ("town", "La Coruña",
     "Deportivo Return to Second Tier\n\nDeportivo sealed promotion to the Segunda División on "
     "Sunday with a 1-0 win over Barcelona Atlètic in front of a sold-out Riazor stadium in La "
     "Coruña.",
     "A Coruña",
     "Depor Fans Celebrate Long-Awaited Promotion\n\nMore than 30,000 supporters watched the "
     "Galician club end four seasons in the third tier. Fans flooded the streets of A Coruña late "
     "into the night, and the players paraded the trophy at the town hall."),

    ("town", "Chittagong",
     "Fire at Bangladesh Container Depot Kills Dozens\n\nA fire and chemical explosion at a "
     "container depot in Sitakunda, near the port city of Chittagong, killed at least 41 people, "
     "officials said on Sunday. Several firefighters were among the dead.",
     "Chattogram",
     "Hydrogen Peroxide Blamed for Depot Blast\n\nInvestigators said containers of hydrogen peroxide "
     "had caught fire at the BM Container Depot. Hospitals in Chattogram struggled to treat "
     "hundreds of burn victims, and the army was called in to help."),

    ("province", "Sudurpashchim",
     "Earthquakes Damage Homes in Western Nepal\n\nA series of earthquakes struck Bajhang district "
     "in Sudurpashchim Province on Tuesday, damaging hundreds of houses. Tremors were felt in "
     "Kathmandu and in northern India.",
     "Sudurpaschim",
     "Bajhang Quake Victims Spend Night in the Open\n\nSurvivors in the remote hill district slept "
     "outside as aftershocks continued. The Sudurpaschim provincial government said it had sent "
     "tents and food by helicopter."),

    ("town", "Isfahan",
     "Explosions Heard Near Iranian City\n\nIranian air defences fired at drones over Isfahan early "
     "on Friday, state media reported, in what US officials described as an Israeli retaliatory "
     "strike. Iran said its nuclear sites were unharmed.",
     "Esfahan",
     "Tehran Plays Down Drone Attack\n\nIranian officials said small drones were shot down near an "
     "air base outside Esfahan and no damage was caused. The International Atomic Energy Agency "
     "confirmed there was no damage at Iran's nuclear facilities."),

    ("province", "Khost",
     "Pakistani Airstrikes Hit Afghan Border Provinces\n\nPakistani jets struck targets in "
     "Afghanistan's Khost and Paktika provinces on Monday, killing eight people, the Taliban "
     "government said. Islamabad accused Kabul of sheltering militants.",
     "Khowst",
     "Taliban Vow Response to Cross-Border Raids\n\nA Taliban spokesman said women and children were "
     "among those killed in strikes on Khowst province near the Durand Line. Pakistan said it had "
     "targeted hideouts of the Pakistani Taliban."),
]

BLIND9_MUST_NOT_MERGE = [
    # (kind, form a, text holding form a (or both forms), form b, second text or None)
    ("siblings", "Thaksin Shinawatra",
     "Former Thai Premier Returns From Exile\n\nFormer Thai prime minister Thaksin Shinawatra "
     "landed in Bangkok on Tuesday after 15 years abroad and was taken to the Supreme Court. His "
     "younger sister Yingluck Shinawatra, whose government was ousted in a 2014 coup, remains in "
     "exile.",
     "Yingluck Shinawatra", None),

    ("town and a different village", "Pokrovsk",
     "Russian Troops Advance in Donetsk Region\n\nRussian forces moved closer to the logistics hub "
     "of Pokrovsk on Thursday, Ukraine's general staff said. Further west, shelling damaged houses "
     "in the village of Pokrovske in Dnipropetrovsk region.",
     "Pokrovske", None),

    ("two different parties", "Janata Dal (United)",
     "Nitish Kumar Sworn In Again in Bihar\n\nJanata Dal (United) leader Nitish Kumar took the oath "
     "as Bihar's chief minister in Patna on Thursday. His alliance with the BJP won a large majority "
     "in the state election.",
     "Janata Dal (Secular)",
     "Gowda's Party Joins BJP-Led Alliance\n\nThe Janata Dal (Secular), led by former prime minister "
     "H. D. Deve Gowda, formally joined the National Democratic Alliance on Friday. The move is "
     "expected to reshape the contest in Karnataka."),

    ("two different clubs", "Lokomotiv Moscow",
     "Lokomotiv Moscow Go Top After Derby Win\n\nLokomotiv Moscow moved to the top of the Russian "
     "Premier League on Saturday with a 2-1 win over Spartak at the RZD Arena.",
     "Lokomotiv Plovdiv",
     "Bulgarian Club Appoints New Coach\n\nLokomotiv Plovdiv named a new head coach on Monday after "
     "a run of poor results in the Bulgarian top flight. The club said the appointment was "
     "effective immediately."),

    ("two different provinces", "Shanxi",
     "Coal Mine Collapse Traps Workers in Northern China\n\nA collapse at a coal mine in Shanxi "
     "province trapped more than 20 miners on Wednesday, state media said. Rescue teams were also "
     "sent from neighbouring Shaanxi province.",
     "Shaanxi", None),

    ("father and son", "Kim Jong Il",
     "North Korea Marks Anniversary of Leader's Death\n\nNorth Korean leader Kim Jong Un visited the "
     "Kumsusan Palace of the Sun in Pyongyang on Sunday to mark the anniversary of the death of his "
     "father, Kim Jong Il, state media reported.",
     "Kim Jong Un", None),

    ("father and son", "Isaac Herzog",
     "President Honours Father at Jerusalem Memorial\n\nIsraeli President Isaac Herzog attended a "
     "ceremony in Jerusalem on Monday marking the anniversary of the death of his father, Chaim "
     "Herzog, Israel's sixth president.",
     "Chaim Herzog", None),

    ("two different provinces", "North Sumatra",
     "Floods Kill Hundreds on Sumatra\n\nFlash floods and landslides killed hundreds of people "
     "across Aceh, North Sumatra and West Sumatra, Indonesia's disaster agency said on Monday. The "
     "worst damage in North Sumatra was in Central Tapanuli.",
     "West Sumatra", None),

    ("political party and a breakaway armed group", "Oromo Liberation Front",
     "Ethiopia Opens Talks With Oromo Rebels\n\nThe Oromo Liberation Front, a political party that "
     "returned from exile in 2018, said it was not part of the negotiations in Tanzania. The "
     "government is talking to the Oromo Liberation Army, an armed group that split from it.",
     "Oromo Liberation Army", None),

    ("two different cities", "Antakya",
     "Quake-Hit City Still Rebuilding Two Years On\n\nThousands of families in Antakya, the capital "
     "of Hatay province, still live in container homes two years after the February 2023 "
     "earthquakes. Much of the old town remains in ruins.",
     "Antalya",
     "Wildfire Forces Evacuations Near Turkish Resort\n\nFirefighters battled a forest fire near "
     "the Mediterranean resort of Antalya on Wednesday. Several hotels were evacuated as a "
     "precaution, officials said."),
]


# -- blind10: 30 + 10 pairs written by a helper that never read the rules or the linker code
# (stop 34, written near the end of the stop; measured on the start and the end code before
# anyone read it).
BLIND10_VARIANTS = [
    # (kind, form in first report, first report text, form in second report, second report text)
    ("person", "Dmitry Peskov",
     "Kremlin Dismisses Ceasefire Proposal\n\nKremlin spokesman Dmitry Peskov said on Tuesday that Moscow "
     "saw no basis for a 30-day truce in Ukraine. He told reporters the proposal ignored Russia's security concerns.",
     "Dmitri Peskov",
     "Moscow Cool on Truce Plan\n\nRussia signalled on Tuesday that it would not accept a month-long ceasefire. "
     "\"There is no basis for this,\" said Dmitri Peskov, President Vladimir Putin's spokesman."),
    ("person", "Andriy Yermak",
     "Ukrainian Delegation Arrives in Saudi Arabia\n\nAndriy Yermak, head of Ukraine's presidential office, "
     "arrived in Jeddah on Monday ahead of talks with US officials. He said Ukraine was ready for peace but "
     "would not give up territory.",
     "Andrii Yermak",
     "Ukraine, US Hold Talks in Jeddah\n\nAmerican and Ukrainian officials met in the Saudi city of Jeddah on "
     "Tuesday. The Ukrainian side was led by presidential chief of staff Andrii Yermak, who called the talks "
     "constructive."),
    ("person", "Mazloum Abdi",
     "SDF Chief Signs Deal With Damascus\n\nSyrian Democratic Forces commander Mazloum Abdi signed an agreement "
     "on Monday to integrate the Kurdish-led force into state institutions. The deal was announced by the "
     "presidency in Damascus.",
     "Mazlum Abdi",
     "Kurdish-Led Forces to Join Syrian Army\n\nThe US-backed SDF will merge into the Syrian army under an accord "
     "signed on Monday evening. Mazlum Abdi, the group's commander, said it was a real opportunity to build a "
     "new Syria."),
    ("person", "Ri Pyong Chol",
     "North Korea Vows Response to US Drills\n\nRi Pyong Chol, a senior official of the ruling Workers' Party, "
     "said in a statement carried by KCNA on Sunday that Pyongyang would take countermeasures against joint "
     "exercises by the United States and South Korea.",
     "Ri Byong-chol",
     "Pyongyang Warns Washington Over Bombers\n\nNorth Korean military official Ri Byong-chol warned on Sunday "
     "that deployments of US strategic bombers near the Korean Peninsula could trigger a crisis. Seoul said it "
     "was monitoring the North closely."),
    ("person", "Prawit Wongsuwan",
     "Anti-Graft Body Clears Thai Deputy PM Over Watches\n\nThailand's anti-corruption commission on Wednesday "
     "cleared Deputy Prime Minister Prawit Wongsuwan of wrongdoing over a collection of luxury watches. The "
     "commission said he had borrowed them from a late friend.",
     "Prawit Wongsuwon",
     "Watchdog Drops Luxury Watch Probe\n\nThe National Anti-Corruption Commission voted 5-3 not to pursue a case "
     "against General Prawit Wongsuwon, saying the 22 watches he was photographed wearing had been on loan. "
     "Critics in Bangkok called the decision a whitewash."),
    ("person", "Jagan Mohan Reddy",
     "YSRCP Routed in Andhra Pradesh\n\nY.S. Jagan Mohan Reddy resigned as chief minister of Andhra Pradesh on "
     "Tuesday after his YSR Congress Party was swept aside in state assembly elections. The alliance led by the "
     "Telugu Desam Party won a landslide.",
     "Jaganmohan Reddy",
     "Naidu Set to Return as Andhra Chief Minister\n\nN. Chandrababu Naidu is poised to become chief minister "
     "again after his alliance won 164 of the 175 seats. Outgoing chief minister Jaganmohan Reddy sent his "
     "resignation to the governor in Vijayawada."),
    ("person", "Pushpa Kamal Dahal",
     "Nepal PM Loses Confidence Vote\n\nNepal's Prime Minister Pushpa Kamal Dahal lost a vote of confidence in "
     "parliament on Friday after a major coalition partner withdrew its support. He had been in office for "
     "about 18 months.",
     "Puspa Kamal Dahal",
     "Prachanda Ousted as Oli Prepares Return\n\nLawmakers in Kathmandu voted 194 to 63 against Puspa Kamal Dahal "
     "on Friday. The result paves the way for K.P. Sharma Oli to become prime minister for a fourth time."),
    ("person", "Jusuf Kalla",
     "Jusuf Kalla Keeps Red Cross Post\n\nFormer vice president Jusuf Kalla was re-elected chairman of the "
     "Indonesian Red Cross (PMI) at its national congress in Jakarta on Monday. He has led the organisation "
     "since 2009.",
     "Yusuf Kalla",
     "Leadership Row Splits Indonesian Red Cross\n\nA dispute erupted over leadership of the Indonesian Red Cross "
     "after former vice president Yusuf Kalla was declared chairman. A rival camp backing Agung Laksono said it "
     "had held its own congress and would take the matter to the law ministry."),
    ("person", "Mikheil Saakashvili",
     "Georgian Court Adds to Ex-President's Sentence\n\nA court in Tbilisi on Tuesday sentenced former president "
     "Mikheil Saakashvili to nine more years in prison for embezzlement. He is already serving a six-year term "
     "for abuse of power.",
     "Mikhail Saakashvili",
     "Saakashvili Handed New Prison Term\n\nJailed former Georgian leader Mikhail Saakashvili received another "
     "sentence on Tuesday in a case over the misspending of public funds. His supporters said the ruling was "
     "politically motivated."),
    ("person", "Sadyr Japarov",
     "Kyrgyzstan and Tajikistan Sign Border Treaty\n\nKyrgyz President Sadyr Japarov and Tajik President Emomali "
     "Rahmon signed a border treaty in Bishkek on Thursday. The deal ends a dispute that led to deadly clashes "
     "in 2021 and 2022.",
     "Sadyr Zhaparov",
     "Bishkek and Dushanbe End Decades-Long Dispute\n\nKyrgyzstan's Sadyr Zhaparov hailed a \"historic\" agreement "
     "settling the frontier with neighbouring Tajikistan. Roads and checkpoints along the border are expected "
     "to reopen."),
    ("person", "Bezalel Smotrich",
     "Israel Freezes Palestinian Tax Transfers\n\nIsraeli Finance Minister Bezalel Smotrich ordered a halt to the "
     "transfer of tax revenues to the Palestinian Authority on Sunday. He said the funds would not be released "
     "until further notice.",
     "Betzalel Smotrich",
     "Palestinian Authority Faces Cash Crunch\n\nThe Palestinian Authority said on Monday it could not pay "
     "salaries after Israel's finance minister, Betzalel Smotrich, froze clearance revenues. Officials in "
     "Ramallah urged international donors to step in."),
    ("person", "Mohamed Hamdan Dagalo",
     "RSF Leader Announces Rival Government\n\nMohamed Hamdan Dagalo, the commander of Sudan's Rapid Support "
     "Forces, said on Tuesday that his group had formed a parallel government. The army-backed authorities "
     "condemned the move.",
     "Mohammed Hamdan Daglo",
     "Sudan Paramilitary Unveils Parallel Cabinet\n\nSudan's paramilitary chief Mohammed Hamdan Daglo, widely "
     "known as Hemedti, said a \"government of peace and unity\" would run areas under his control. Officials in "
     "Port Sudan rejected the announcement."),
    ("person", "Shehbaz Sharif",
     "Pakistan Secures IMF Bailout\n\nPrime Minister Shehbaz Sharif on Thursday welcomed the International "
     "Monetary Fund's approval of a $7 billion loan. He said it must be Pakistan's last such programme.",
     "Shahbaz Sharif",
     "IMF Board Approves $7bn Pakistan Loan\n\nThe IMF executive board approved a 37-month, $7 billion programme "
     "for Pakistan, the Fund said in Washington. Prime Minister Shahbaz Sharif thanked China and Saudi Arabia "
     "for their support. Islamabad has pledged to widen its tax base."),
    ("club", "Qarabag",
     "Qarabag Stun Benfica in Lisbon\n\nAzerbaijani champions Qarabag came from two goals down to beat Benfica "
     "3-2 in the Champions League on Tuesday. Coach Gurban Gurbanov called it a historic night for the club.",
     "Karabakh",
     "Benfica Collapse Against Azerbaijani Side\n\nBenfica threw away a 2-0 lead at the Estadio da Luz as "
     "Karabakh won 3-2. Coach Bruno Lage was dismissed hours after the match."),
    ("club", "Zorya Luhansk",
     "Zorya Edge Polissya\n\nZorya Luhansk beat Polissya Zhytomyr 2-1 on Sunday to move into the top four of the "
     "Ukrainian Premier League. The club has played away from its home city since 2014.",
     "Zorya Lugansk",
     "Polissya Stumble Again\n\nPolissya Zhytomyr's title hopes took another blow with a 2-1 home defeat to "
     "Zorya Lugansk. Coach Ruslan Rotan said his side had lacked sharpness in front of goal."),
    ("party", "Bharat Rashtra Samithi",
     "BRS Fails to Win a Seat in Telangana\n\nThe Bharat Rashtra Samithi, led by K. Chandrasekhar Rao, failed to "
     "win any of Telangana's 17 Lok Sabha seats, results showed on Tuesday. The party ruled the state until "
     "last December.",
     "Bharat Rashtra Samiti",
     "KCR's Party Wiped Out in General Election\n\nThe Bharat Rashtra Samiti drew a blank in the Lok Sabha polls, "
     "with the Congress and the BJP winning eight seats each in Telangana. Party leaders in Hyderabad promised a "
     "review."),
    ("party", "Otzma Yehudit",
     "Ben-Gvir's Party Quits Netanyahu Government\n\nItamar Ben-Gvir's far-right Otzma Yehudit party left the "
     "governing coalition on Sunday in protest at the Gaza ceasefire deal. The move does not topple the "
     "government.",
     "Otzmah Yehudit",
     "Far-Right Ministers Resign Over Gaza Truce\n\nThree ministers from Otzmah Yehudit submitted their "
     "resignations as the ceasefire took effect. Prime Minister Benjamin Netanyahu keeps a narrow majority in "
     "the Knesset."),
    ("party", "Komala",
     "Iran Strikes Kurdish Groups in Northern Iraq\n\nIran's Revolutionary Guards said they hit bases of Kurdish "
     "opposition groups, including Komala, near Sulaimaniyah on Monday. Baghdad summoned Iran's ambassador.",
     "Komalah",
     "Drones Hit Exile Camp in Iraqi Kurdistan\n\nAn Iranian drone attack struck a camp of the Komalah party at "
     "Zrgwez, east of Sulaimani, local officials said. One person was killed and several were wounded."),
    ("group", "Pyu Saw Htee",
     "Myanmar Junta Arms Village Militias\n\nMyanmar's military has armed pro-junta Pyu Saw Htee militias across "
     "Sagaing region, according to a new report. Residents said the fighters were recruited from local "
     "villages.",
     "Pyusawhti",
     "Report Details Junta-Backed Militia Abuses\n\nPyusawhti groups have carried out killings and arson in "
     "central Myanmar with the army's support, a rights group said on Thursday. It urged the UN to investigate."),
    ("party", "Nippon Ishin no Kai",
     "LDP Strikes Coalition Deal\n\nJapan's Liberal Democratic Party agreed on Monday to form a coalition with the "
     "Osaka-based Nippon Ishin no Kai. The deal follows Komeito's exit from the ruling bloc.",
     "Nihon Ishin no Kai",
     "Takaichi Secures New Partner\n\nSanae Takaichi's path to the premiership was cleared after Nihon Ishin no "
     "Kai agreed to back her in parliament. The party demanded cuts to the number of lawmakers in return."),
    ("organisation", "KazMunayGas",
     "Kazakh State Oil Firm Lifts Output\n\nKazakhstan's national oil company KazMunayGas said on Thursday its "
     "oil production rose 6% in the first half. The increase was driven by the Tengiz expansion project.",
     "KazMunaiGas",
     "Tengiz Boost Helps Kazakh Producer\n\nKazMunaiGas reported higher crude output for January to June, citing "
     "the Tengizchevroil expansion in western Kazakhstan. Its shares rose on the Astana exchange."),
    ("organisation", "Rodong Sinmun",
     "North Korean Paper Hails Missile Test\n\nThe Rodong Sinmun, newspaper of the ruling Workers' Party, devoted "
     "its front page on Friday to the launch of a new intercontinental ballistic missile.",
     "Rodong Shinmun",
     "Pyongyang Celebrates ICBM Launch\n\nNorth Korean state media hailed Thursday's launch of the solid-fuel "
     "Hwasong-19. The Rodong Shinmun carried more than a dozen photographs of the launch. Tokyo and Seoul "
     "condemned the test."),
    ("town", "Myawaddy",
     "Rebels Take Myanmar Border Town\n\nKaren rebels said on Thursday they had captured Myawaddy, a key trading "
     "hub on the border with Thailand. Hundreds of junta soldiers were reported to have surrendered.",
     "Myawadi",
     "Thailand on Alert as Border Town Falls\n\nThailand reinforced its frontier after the Karen National Union "
     "seized Myawadi, across the Moei River from Mae Sot. Bangkok said it was ready to receive refugees."),
    ("town", "Mekelle",
     "TPLF Faction Takes Over Tigray Capital\n\nFighters loyal to a faction of the Tigray People's Liberation "
     "Front seized government offices in Mekelle on Tuesday. Interim president Getachew Reda said he had left "
     "for Addis Ababa.",
     "Mekele",
     "Tension Grips Tigray\n\nResidents of Mekele said shops were closed as a rival faction took over the mayor's "
     "office. Getachew Reda accused his opponents of staging a coup."),
    ("town", "Kismayo",
     "Jubaland Leader Re-elected\n\nAhmed Madobe was re-elected president of Somalia's Jubaland state by regional "
     "lawmakers in Kismayo on Monday. The vote defied the federal government in Mogadishu.",
     "Kismaayo",
     "Mogadishu Rejects Jubaland Vote\n\nSomalia's federal government said the election held in Kismaayo was "
     "illegal and would not be recognised. Madobe has ruled the southern state since 2013."),
    ("town", "Ulaanbaatar",
     "Mongolian PM Ousted\n\nMongolia's Prime Minister Luvsannamsrai Oyun-Erdene lost a confidence vote in "
     "parliament on Tuesday after weeks of protests in Ulaanbaatar. Demonstrators had questioned his son's "
     "lavish spending.",
     "Ulan Bator",
     "Protests Topple Mongolia's Premier\n\nYoung demonstrators in Ulan Bator celebrated after Oyun-Erdene failed "
     "to win enough votes to stay in office. He will remain as caretaker until a successor is chosen."),
    ("town", "Urumqi",
     "Deadly Fire Sparks Anger in Xinjiang\n\nTen people died in an apartment fire in Urumqi, the capital of "
     "China's Xinjiang region, on Thursday night. Residents blamed COVID lockdown measures for slowing the "
     "rescue.",
     "Urumchi",
     "Protests Spread After Xinjiang Blaze\n\nVigils for victims of a fire in Urumchi turned into rare protests "
     "in Shanghai and Beijing over the weekend. Some demonstrators called for an end to zero-COVID rules."),
    ("province", "Lleida",
     "Wildfire Kills Two in Catalonia\n\nA wildfire in the province of Lleida killed two farmers and burned some "
     "5,000 hectares on Tuesday. Catalan authorities ordered residents of nearby villages to stay indoors.",
     "Lérida",
     "Two Dead in Spanish Wildfire\n\nTwo farmers were killed as a fast-moving fire swept through farmland in "
     "Lérida province in northeastern Spain. Firefighters said strong winds had driven the flames."),
    ("town", "Khan Younis",
     "Israeli Troops Pull Out of Khan Younis\n\nThe Israeli military said on Sunday it had withdrawn its 98th "
     "Division from Khan Younis in southern Gaza after four months of fighting. A single brigade remains in "
     "the territory.",
     "Khan Yunis",
     "Residents Return to Ruined Gaza City\n\nThousands of Palestinians streamed back into Khan Yunis on Monday "
     "after Israeli forces withdrew. Many found their homes destroyed."),
    ("province", "Balochistan",
     "Militants Hijack Train in Pakistan\n\nSeparatist militants attacked the Jaffar Express in Balochistan on "
     "Tuesday, taking hundreds of passengers hostage. The Baloch Liberation Army claimed responsibility.",
     "Baluchistan",
     "Pakistan Ends Train Siege\n\nSecurity forces freed passengers from a train seized by gunmen in "
     "southwestern Baluchistan province, the army said on Wednesday. The train had been travelling from Quetta "
     "to Peshawar."),
]

BLIND10_MUST_NOT_MERGE = [
    # (kind, form a, text holding form a (or both forms), form b, second text or None)
    ("father and son", "Ramzan Kadyrov",
     "Chechen Leader Marks Father's Anniversary\n\nChechen leader Ramzan Kadyrov laid flowers in Grozny on "
     "Friday on the anniversary of the death of his father, Akhmad Kadyrov. The elder Kadyrov was killed in a "
     "stadium bombing in 2004.",
     "Akhmad Kadyrov", None),
    ("two different Ukrainian towns", "Bakhmut",
     "Russia Claims Control of Bakhmut\n\nRussia's Wagner group said on Saturday it had captured Bakhmut in "
     "eastern Ukraine's Donetsk region after months of fighting. Ukraine denied the city had fallen.",
     "Bakhmach",
     "Drone Strike Cuts Power in Northern Ukraine\n\nA Russian drone attack damaged energy infrastructure in "
     "Bakhmach, a town in Chernihiv region, officials said on Tuesday. No casualties were reported."),
    ("two different towns (Afghanistan and Kyrgyzstan)", "Jalalabad",
     "Blast Hits Eastern Afghan City\n\nA bomb exploded near a market in Jalalabad, capital of Afghanistan's "
     "Nangarhar province, on Monday, Taliban officials said. Three people were wounded.",
     "Jalal-Abad",
     "Mudslides Hit Southern Kyrgyzstan\n\nMudslides damaged homes and roads near the southern Kyrgyz city of "
     "Jalal-Abad on Sunday, the emergencies ministry said. Rescuers evacuated dozens of families."),
    ("two rival parties (Shinde and Thackeray factions)", "Shiv Sena",
     "Maharashtra Results Boost Shinde\n\nEknath Shinde's Shiv Sena won 57 seats in the Maharashtra assembly "
     "election, far ahead of Uddhav Thackeray's Shiv Sena (UBT), which won 20. The BJP emerged as the largest "
     "party.",
     "Shiv Sena (UBT)", None),
    ("two different clubs (Serbia and Albania)", "Partizan",
     "Partizan Sack Coach After Derby Loss\n\nSerbian club Partizan dismissed its coach on Monday following a "
     "2-0 defeat by Red Star in Belgrade.",
     "Partizani",
     "Partizani Go Top in Albania\n\nPartizani moved top of Albania's Superliga with a 1-0 win over Vllaznia in "
     "Tirana on Sunday."),
    ("father and daughter", "Park Geun-hye",
     "South Korea's Ousted Leader Pardoned\n\nFormer South Korean president Park Geun-hye was released under a "
     "special pardon on Friday. The daughter of military ruler Park Chung-hee, she had been jailed for "
     "corruption.",
     "Park Chung-hee", None),
    ("two different Chinese provinces", "Hebei",
     "Floods Hit Northern China\n\nHeavy rain flooded towns in Hebei province around Beijing, forcing the "
     "evacuation of nearly a million people, state media said.",
     "Hubei",
     "Drought Grips Central China\n\nAuthorities in Hubei province declared a drought emergency on Thursday as "
     "rivers fell to record lows. Hydropower output around Wuhan has been cut."),
    ("two different Turkish parties", "New Welfare Party",
     "Islamist Party Gains in Turkish Local Polls\n\nThe New Welfare Party, led by Fatih Erbakan, won more than "
     "6% of the vote in Turkey's local elections on Sunday. Erbakan's father Necmettin founded the Welfare "
     "Party, which was banned in 1998.",
     "Welfare Party", None),
    ("two different Greek places", "Kalamata",
     "Fire Near Kalamata Forces Evacuations\n\nA wildfire in the hills above Kalamata in the southern "
     "Peloponnese forced residents of several villages to leave their homes on Saturday.",
     "Kalamaria",
     "Storm Floods Thessaloniki Suburb\n\nA storm flooded streets in Kalamaria, a seaside suburb of "
     "Thessaloniki, on Monday, trapping drivers in their cars, local officials said."),
    ("two different Thai provinces", "Chiang Mai",
     "Floods Swamp Northern Thai City\n\nWater from the Ping River inundated parts of Chiang Mai on Saturday, "
     "forcing hotels to move tourists. Flooding in neighbouring Chiang Rai province earlier in the week killed "
     "at least nine people.",
     "Chiang Rai", None),
]

# blind11: 30 variant pairs + 10 must-not-merge pairs, written without reading the linker's rules or tests.
BLIND11_VARIANTS = [
    ("person", "Mohammad Bagheri",
     "Iran's Top Military Commander Killed in Israeli Strikes\n\nMajor General Mohammad Bagheri, chief of staff of "
     "Iran's armed forces, was killed in Israeli strikes on Tehran on Friday, Iranian state television reported. "
     "The commander of the Revolutionary Guards was also among the dead.",
     "Mohammad Baqeri",
     "Israel Says It Killed Iran's Armed Forces Chief\n\nThe Israeli military said on Friday that its opening wave "
     "of strikes on Tehran had killed Mohammad Baqeri, the most senior officer in Iran's armed forces. Iran vowed a "
     "harsh response."),
    ("person", "Khalil al-Hayya",
     "Hamas Delegation in Cairo for Truce Talks\n\nA Hamas delegation led by Khalil al-Hayya arrived in Cairo on "
     "Saturday for talks with Egyptian mediators on a ceasefire in Gaza, the group said. Hamas insists that any "
     "deal must end the war.",
     "Khalil al-Haya",
     "Hamas Negotiator Meets Egyptian Mediators\n\nSenior Hamas official Khalil al-Haya held talks with Egyptian "
     "intelligence officials in Cairo on Saturday, a source close to the negotiations said. Qatar is also mediating "
     "between Israel and Hamas."),
    ("person", "Abdullah Ocalan",
     "Jailed PKK Leader Calls on Group to Disarm\n\nAbdullah Ocalan, the jailed founder of the Kurdistan Workers' "
     "Party (PKK), called on Thursday for the group to lay down its arms and dissolve itself. His message was read "
     "out by pro-Kurdish lawmakers in Istanbul.",
     "Abdullah Öcalan",
     "Öcalan Urges PKK to Dissolve\n\nIn a letter read at a news conference in Istanbul, Abdullah Öcalan told the "
     "PKK to convene a congress and disband. He has been held in a prison on Imrali island in Turkey since 1999."),
    ("person", "Ilham Ahmed",
     "Syrian Kurdish Official Urges US to Keep Troops\n\nIlham Ahmed, a senior official of the Kurdish-led "
     "administration in northeast Syria, urged Washington on Tuesday not to withdraw US troops, warning that "
     "Islamic State could regroup in the region's desert areas.",
     "Elham Ahmed",
     "Kurdish Leader Warns of IS Resurgence\n\nElham Ahmed, who heads foreign relations for the Autonomous "
     "Administration of North and East Syria, said a US pullout would leave a vacuum for Islamic State. She spoke "
     "to reporters on Tuesday."),
    ("person", "Kais Saied",
     "Tunisia's Saied Wins Second Term\n\nTunisian President Kais Saied won a second term with just over 90% of the "
     "vote, the electoral commission said on Monday. Turnout was below 30%, and several would-be rivals had been "
     "barred or jailed.",
     "Kaïs Saïed",
     "Landslide for Kaïs Saïed Amid Low Turnout\n\nKaïs Saïed was declared the winner of Tunisia's presidential "
     "election on Monday with more than nine in ten votes cast. Opposition groups in Tunis called the election a "
     "sham."),
    ("person", "Hafiz Naeem ur Rehman",
     "Jamaat-e-Islami Ends Sit-In Over Power Bills\n\nJamaat-e-Islami chief Hafiz Naeem ur Rehman announced on "
     "Wednesday the end of his party's sit-in in Rawalpindi after an agreement with the government on electricity "
     "prices. He warned that protests would resume if the deal was not honoured.",
     "Hafiz Naeemur Rehman",
     "Government, JI Reach Deal on Electricity Tariffs\n\nThe federal government and Jamaat-e-Islami signed an "
     "agreement in Rawalpindi on Wednesday, ending a protest over inflated power bills. Hafiz Naeemur Rehman said "
     "the government had promised relief for consumers within weeks."),
    ("person", "Andrii Sybiha",
     "Ukraine's Top Diplomat Seeks More Air Defences\n\nForeign Minister Andrii Sybiha urged NATO allies in "
     "Brussels on Wednesday to send more air defence systems to protect Ukraine's power grid from Russian strikes.",
     "Andriy Sybiha",
     "Kyiv Presses NATO for Patriot Systems\n\nAndriy Sybiha, Ukraine's foreign minister, told reporters at NATO "
     "headquarters in Brussels that Russia had fired hundreds of drones at Ukrainian cities in the past week."),
    ("person", "Valery Gerasimov",
     "Russian Army Chief Claims Gains in Kursk\n\nRussia's chief of the general staff, Valery Gerasimov, told "
     "President Vladimir Putin on Wednesday that Ukrainian forces had been driven out of most of the Kursk region.",
     "Valeriy Gerasimov",
     "Gerasimov Reports to Putin on Kursk Offensive\n\nValeriy Gerasimov, the head of Russia's general staff, said "
     "in a video released by the Kremlin that Russian troops had retaken dozens of villages in the Kursk region. "
     "Kyiv did not confirm the claim."),
    ("person", "Robert Kocharyan",
     "Opposition Bloc Second in Armenian Vote\n\nThe Armenia Alliance led by former president Robert Kocharyan won "
     "about a fifth of the vote in Sunday's snap parliamentary election, the central electoral commission in "
     "Yerevan said. The ruling Civil Contract party won a clear majority.",
     "Robert Kocharian",
     "Ex-President Rejects Armenian Election Result\n\nRobert Kocharian, who led the main opposition bloc, said on "
     "Monday he would challenge the result in Armenia's Constitutional Court, accusing Civil Contract of abusing "
     "state resources."),
    ("person", "Tejashwi Yadav",
     "Opposition Names Its Face for Bihar Polls\n\nThe opposition alliance in Bihar on Thursday named Rashtriya "
     "Janata Dal leader Tejashwi Yadav as its chief ministerial candidate for the state assembly election. He "
     "promised a government job for every family.",
     "Tejaswi Yadav",
     "Congress Backs RJD Leader for Bihar Top Job\n\nThe Congress and its allies endorsed Tejaswi Yadav of the RJD "
     "as their candidate to lead Bihar, setting up a contest with Chief Minister Nitish Kumar's alliance."),
    ("person", "Hamza Abdi Barre",
     "Somali PM Pledges New Push Against Militants\n\nSomalia's Prime Minister Hamza Abdi Barre said on Tuesday "
     "that government forces backed by clan militias would drive al-Shabaab out of central Somalia. He was "
     "speaking in Mogadishu.",
     "Hamse Abdi Barre",
     "Prime Minister Vows to Defeat al-Shabaab\n\nAddressing lawmakers in Mogadishu, Prime Minister Hamse Abdi "
     "Barre said the federal government would press on with its offensive against al-Shabaab in the Hiraan and "
     "Middle Shabelle regions."),
    ("person", "Gideon Sa'ar",
     "Israel's Foreign Minister Meets EU Counterparts\n\nIsraeli Foreign Minister Gideon Sa'ar held talks with "
     "European Union foreign ministers in Brussels on Monday at the first EU-Israel Association Council meeting in "
     "more than two years.",
     "Gideon Saar",
     "EU and Israel Revive Association Council\n\nGideon Saar told reporters in Brussels that Israel wanted closer "
     "ties with the European Union, while EU foreign policy chief Kaja Kallas raised concerns about the "
     "humanitarian situation in Gaza."),
    ("party", "Ra'am",
     "Arab Party Leader Demands Action on Crime\n\nMansour Abbas, leader of the Ra'am party, said on Monday that "
     "Israel's government had lost control of violent crime in Arab towns after five people were shot dead in the "
     "north. He called for a national emergency plan.",
     "Raam",
     "Five Killed in Northern Israel Shooting\n\nFive people were killed in a shooting in an Arab town in northern "
     "Israel on Monday, police said. Mansour Abbas, whose Raam party represents mainly Arab voters, said the state "
     "had abandoned its Arab citizens."),
    ("organisation", "Khatam al-Anbiya",
     "US Sanctions Firms Linked to Guards' Engineering Arm\n\nThe US Treasury on Thursday imposed sanctions on "
     "companies it said acted as fronts for Khatam al-Anbiya, the construction headquarters of Iran's "
     "Revolutionary Guards. The firms are based in Iran and the United Arab Emirates.",
     "Khatam al-Anbia",
     "Washington Targets Revolutionary Guards Business Network\n\nThe sanctions announced by the Treasury focus on "
     "suppliers to Khatam al-Anbia, the Revolutionary Guards conglomerate that dominates Iran's big infrastructure "
     "and oil projects, officials said."),
    ("group", "Rada Deterrence Force",
     "Heavy Fighting Erupts in Libyan Capital\n\nClashes broke out in Tripoli on Tuesday night between forces loyal "
     "to the Government of National Unity and the Rada Deterrence Force, which controls the city's Mitiga airport. "
     "The UN mission called for an immediate ceasefire.",
     "Radaa Deterrence Force",
     "Flights Suspended as Tripoli Clashes Spread\n\nMitiga airport halted flights after fighting between Radaa "
     "Deterrence Force fighters and units of the Tripoli-based government, residents said. The United Nations "
     "urged both sides to protect civilians."),
    ("party", "Sunni Ittehad Council",
     "PTI-Backed Winners to Join Religious Party\n\nIndependent candidates backed by Imran Khan's party will join "
     "the Sunni Ittehad Council to claim reserved seats in Pakistan's parliament, PTI chairman Gohar Ali Khan said "
     "on Monday.",
     "Sunni Itehad Council",
     "Imran Khan's Allies Turn to Small Party\n\nPTI-backed independents announced on Monday they would sit in the "
     "National Assembly as members of the Sunni Itehad Council, allowing them to claim seats reserved for women "
     "and minorities, Gohar Ali Khan told reporters in Islamabad."),
    ("company", "Ukrzaliznytsia",
     "Russian Drone Hits Train in Northern Ukraine\n\nA Russian drone struck a passenger train at a station in "
     "the Sumy region on Saturday, state railway operator Ukrzaliznytsia said. Dozens of passengers were injured.",
     "Ukrzaliznytsya",
     "Passenger Train Attacked in Sumy Region\n\nUkrzaliznytsya said a train bound for Kyiv was hit by a drone at "
     "a station in Ukraine's Sumy region, injuring passengers and staff. President Volodymyr Zelensky condemned "
     "the attack."),
    ("organisation", "Chongryon",
     "Tokyo Court Orders North Korea to Compensate Returnees\n\nA Tokyo court on Wednesday ordered North Korea to "
     "pay damages to four people who moved there under a resettlement programme promoted by Chongryon, the "
     "pro-Pyongyang association of Korean residents in Japan.",
     "Chongryun",
     "Ruling Against Pyongyang Over 'Paradise on Earth' Campaign\n\nThe plaintiffs said they were lured to North "
     "Korea by false promises made by Chongryun, which acts as Pyongyang's de facto embassy in Japan. The Tokyo "
     "District Court awarded each of them 20 million yen."),
    ("company", "Tüpraş",
     "Tüpraş Profit Falls on Weaker Margins\n\nTurkey's largest oil refiner Tüpraş reported a fall in quarterly "
     "net profit on Wednesday, citing lower refining margins. The Istanbul-listed company is controlled by Koç "
     "Holding.",
     "Tupras",
     "Turkish Refiner Tupras Misses Forecasts\n\nShares of Tupras fell in Istanbul after the refiner, part of "
     "the Koc Holding group, posted weaker-than-expected quarterly earnings."),
    ("party", "Kla Tham Party",
     "Thai Coalition Party Picks Up Defectors\n\nThe Kla Tham Party said on Tuesday that more than ten MPs from "
     "other parties would join it, strengthening its hand in Thailand's coalition government. The party is led by "
     "Agriculture Minister Narumon Pinyosinwat.",
     "Klatham Party",
     "Thamanat's Party Expands Ranks\n\nThe Klatham Party, whose chief adviser is Thamanat Prompow, is recruiting "
     "lawmakers from rival parties, party leader Narumon Pinyosinwat confirmed. Analysts in Bangkok said it was "
     "seeking more cabinet posts."),
    ("province", "Suwayda",
     "Dozens Killed in Clashes in Southern Syria\n\nFighting between Druze militias and Bedouin tribes in Suwayda "
     "province killed dozens of people on Sunday, a monitoring group said. Syria's interior ministry said it would "
     "send forces to restore order.",
     "Sweida",
     "Syria Deploys Troops to Sweida After Deadly Clashes\n\nGovernment forces entered the mainly Druze city of "
     "Sweida on Monday after two days of fighting with Bedouin tribes. Israel said it struck tanks heading to the "
     "area, citing the need to protect the Druze."),
    ("town", "Jabalia",
     "Israeli Tanks Push Into Jabalia\n\nIsraeli tanks advanced into the Jabalia refugee camp in northern Gaza on "
     "Sunday, residents said, as the military ordered tens of thousands of people to move south. Hospitals in the "
     "area reported dozens of casualties.",
     "Jabalya",
     "Residents Flee Northern Gaza Camp\n\nThousands of Palestinians fled Jabalya camp as Israeli forces launched "
     "a new ground operation there, the UN agency for Palestinian refugees, UNRWA, said on Sunday."),
    ("place", "Fordow",
     "US Bombers Strike Iran's Fordow Site\n\nUS B-2 bombers dropped bunker-buster bombs on Iran's Fordow uranium "
     "enrichment facility on Sunday, President Donald Trump said. Iran said material had been moved out "
     "beforehand.",
     "Fordo",
     "Damage at Fordo Unclear, Says UN Watchdog\n\nThe International Atomic Energy Agency said it could not yet "
     "assess the damage inside Fordo, Iran's underground enrichment plant near Qom, after the US strikes. Tehran "
     "said no radiation leak had been detected."),
    ("province", "Badakhshan",
     "Taliban Clash With Poppy Farmers in Badakhshan\n\nAt least two people were killed when Taliban forces "
     "clashed with farmers resisting poppy eradication in Afghanistan's northeastern Badakhshan province, local "
     "sources said on Tuesday.",
     "Badakshan",
     "Protests Over Poppy Ban Turn Deadly\n\nFarmers in Badakshan, on Afghanistan's border with Tajikistan, "
     "clashed with Taliban anti-narcotics teams destroying their crops, residents said. The Taliban said an "
     "investigation was under way."),
    ("town", "Haiphong",
     "Typhoon Yagi Slams Into Northern Vietnam\n\nTyphoon Yagi made landfall on Vietnam's northern coast near "
     "Haiphong on Saturday, tearing roofs off buildings and knocking down trees, authorities said. At least four "
     "people were killed.",
     "Hai Phong",
     "Port City Without Power After Typhoon\n\nMuch of Hai Phong was left without electricity after Typhoon Yagi, "
     "the strongest storm to hit Vietnam in decades, local officials said on Sunday."),
    ("province", "Si Sa Ket",
     "Cambodian Rockets Kill Civilians in Thailand\n\nRockets fired from Cambodia struck a petrol station in Si Sa "
     "Ket province on Thursday, killing several civilians, the Thai army said, as border clashes between the two "
     "countries escalated.",
     "Sisaket",
     "Thailand Evacuates Border Villages\n\nThousands of residents of Sisaket province were moved to shelters "
     "after Cambodian rocket fire hit a petrol station in Kantharalak district, Thai officials said."),
    ("place", "Macau",
     "Macau Gaming Revenue Rises\n\nGross gaming revenue in Macau rose from a year earlier in August, government "
     "data showed on Monday, as visitors from mainland China returned to the casino hub.",
     "Macao",
     "Macao Casinos Post Strong Month\n\nCasino revenue in Macao climbed last month, the city's Gaming Inspection "
     "and Coordination Bureau said, helped by a surge of tourists from mainland China."),
    ("town", "Gondar",
     "Fighting Erupts in Ethiopia's Gondar\n\nHeavy fighting broke out between the Ethiopian army and Fano "
     "militiamen in the northern city of Gondar on Tuesday, residents said. The government has declared a state "
     "of emergency in the Amhara region.",
     "Gonder",
     "Amhara Militia Clashes With Army in Gonder\n\nResidents of Gonder said gunfire could be heard across the "
     "historic city as Fano fighters battled federal troops. Internet access in the Amhara region has been cut."),
    ("province", "Halkidiki",
     "Wildfire Forces Evacuations in Halkidiki\n\nA wildfire on Greece's Halkidiki peninsula forced the "
     "evacuation of several villages and a hotel on Sunday, the fire service said. Water-dropping aircraft were "
     "deployed.",
     "Chalkidiki",
     "Tourists Moved as Fire Burns Near Greek Resorts\n\nFirefighters battled a blaze in Chalkidiki, a popular "
     "holiday area south-east of Thessaloniki, as strong winds fanned the flames, Greece's civil protection agency "
     "said."),
    ("town", "Tskhinvali",
     "Georgia Protests Detention of Citizen in South Ossetia\n\nGeorgia's foreign ministry on Friday condemned the "
     "detention of a Georgian citizen by the de facto authorities in Tskhinvali, capital of the Russian-backed "
     "breakaway region of South Ossetia.",
     "Tskhinval",
     "Georgian Man Detained Near Boundary Line\n\nSecurity officials of South Ossetia's self-declared government "
     "in Tskhinval said they had detained a Georgian citizen for illegally crossing the border. Tbilisi called "
     "the arrest an abduction."),
]

BLIND11_MUST_NOT_MERGE = [
    ("two different Chinese provinces", "Hunan",
     "Dike Breach Floods Villages in Central China\n\nA dike on Dongting Lake in Hunan province gave way after "
     "days of heavy rain, forcing the evacuation of thousands of residents, state media reported on Saturday.",
     "Henan",
     "Heat Wave Threatens Wheat in China's Grain Belt\n\nTemperatures above 40C in Henan province, China's main "
     "wheat-growing region, raised concerns about crops, the provincial weather bureau said on Tuesday."),
    ("two different clubs", "Maccabi Tel Aviv",
     "Tel Aviv Side Win Derby of Israel's Giants\n\nMaccabi Tel Aviv beat Maccabi Haifa 2-1 at Bloomfield Stadium "
     "on Saturday to move three points clear at the top of the Israeli Premier League.",
     "Maccabi Haifa", None),
    ("two different Vietnamese provinces", "Quang Ninh",
     "Tourist Boat Capsizes in Ha Long Bay\n\nA tourist boat capsized in a sudden storm in Ha Long Bay in Quang "
     "Ninh province on Saturday, killing dozens of people, Vietnamese state media said.",
     "Quang Nam",
     "Landslide Buries Homes in Central Vietnam\n\nA landslide buried several houses in a mountain district of "
     "Quang Nam province after days of heavy rain, local officials said on Monday."),
    ("brothers", "Giannis Antetokounmpo",
     "Bucks Re-Sign Thanasis Antetokounmpo\n\nThe Milwaukee Bucks re-signed forward Thanasis Antetokounmpo on "
     "Tuesday, keeping him alongside his younger brother Giannis Antetokounmpo, the Greek star who has twice been "
     "named the NBA's most valuable player.",
     "Thanasis Antetokounmpo", None),
    ("two different Ukrainian towns", "Mykolaiv",
     "Missile Strike on Southern Ukrainian City\n\nA Russian missile hit an apartment building in Mykolaiv on "
     "Monday, the regional governor said, injuring several residents.",
     "Mykolaivka",
     "Power Plant Hit in Donetsk Region\n\nRussian shelling damaged the thermal power plant in Mykolaivka, a town "
     "near Sloviansk in Ukraine's Donetsk region, local authorities said."),
    ("two different Iranian officials", "Ali Bagheri Kani",
     "Iran Names Acting Foreign Minister\n\nAli Bagheri Kani, Iran's chief nuclear negotiator, was named acting "
     "foreign minister on Monday after Hossein Amir-Abdollahian was killed in a helicopter crash.",
     "Mohammad Bagheri",
     "Iran's Military Chief Warns Israel\n\nMajor General Mohammad Bagheri, chief of staff of Iran's armed forces, "
     "said on Thursday that Iran would respond forcefully to any attack on its territory."),
    ("two different places (Gaza and Syria)", "Jabalia",
     "Strike Hits School in Northern Gaza\n\nAn Israeli strike hit a school sheltering displaced families in "
     "Jabalia in northern Gaza on Thursday, health officials said.",
     "Jableh",
     "Clashes Erupt on Syria's Coast\n\nGunmen loyal to the former government attacked security forces near "
     "Jableh, on Syria's Mediterranean coast, on Thursday, prompting a large deployment of government troops."),
    ("two different parties (Iraqi Kurdish and Iranian Kurdish)", "Kurdistan Democratic Party",
     "Iraqi Kurdistan Moves Iranian Exiles From Border\n\nAuthorities in Iraq's Kurdistan region, dominated by the "
     "Kurdistan Democratic Party, relocated members of the Kurdistan Democratic Party of Iran away from the "
     "Iranian border on Monday under a security agreement between Baghdad and Tehran.",
     "Kurdistan Democratic Party of Iran", None),
    ("two unrelated Somali leaders", "Hamza Abdi Barre",
     "Somali PM Marks Independence Day\n\nPrime Minister Hamza Abdi Barre told a rally in Mogadishu on Monday that "
     "Somalia had rebuilt its institutions since the fall of military ruler Siad Barre in 1991. The two men are "
     "not related.",
     "Siad Barre", None),
    ("two different Pakistani cities", "Bahawalpur",
     "Indian Missiles Strike Bahawalpur\n\nIndian missiles hit a mosque complex in Bahawalpur in Pakistan's Punjab "
     "province early on Wednesday, Pakistan's military said. India said it had targeted militant infrastructure.",
     "Bahawalnagar",
     "Police-Army Scuffle Sparks Inquiry\n\nA clash between police and army personnel at a police station in "
     "Bahawalnagar, in Pakistan's Punjab province, prompted an official inquiry, officials said on Friday."),
]


# Words after a place's name that the model may tag with it ("Khost province").
DESIGNATORS = frozenset({"province", "district", "governorate", "region", "state", "city"})


LINKING_RULES = load_linking_rules()


# Written at stop 37 by a helper that read no rule and no earlier set; measured before
# anyone read it.
BLIND12_VARIANTS = [
    ("person", "Mahmoud Abbas",
     "Palestinian leader heads to Cairo for talks on Gaza\n\nPalestinian President Mahmoud Abbas arrived in Cairo on Monday for talks with Egyptian officials on a ceasefire proposal. An aide said the visit would last two days.",
     "Mahmud Abbas",
     "Mahmud Abbas in Egypt as truce effort gathers pace\n\nMahmud Abbas landed in the Egyptian capital on Monday, the official WAFA news agency reported. He is expected to meet intelligence chief Hassan Rashad before returning to Ramallah."),
    ("person", "Abdel Fattah al-Sisi",
     "Egypt opens new desalination plant on Red Sea coast\n\nAbdel Fattah al-Sisi inaugurated the facility near Hurghada on Wednesday, calling water security a national priority. The plant will supply about 200,000 residents.",
     "Abdel-Fattah el-Sissi",
     "Sissi unveils Red Sea water project\n\nEgyptian President Abdel-Fattah el-Sissi opened a large desalination plant outside Hurghada on Wednesday. Officials said the project cost roughly $300 million."),
    ("person", "Masoud Pezeshkian",
     "Iran's president vows to tackle power cuts\n\nMasoud Pezeshkian told parliament on Sunday that the government would add 5,000 megawatts of generating capacity before summer. Lawmakers have criticised rolling blackouts in Tehran and Mashhad.",
     "Massoud Pezeshkian",
     "Pezeshkian promises end to blackouts\n\nIranian President Massoud Pezeshkian said on Sunday that new power stations would come online within months. He spoke during a heated session of the Majlis."),
    ("person", "Shehbaz Sharif",
     "Pakistan PM announces relief package after floods\n\nPrime Minister Shehbaz Sharif on Thursday announced 20 billion rupees in aid for flood-hit districts of Sindh. He visited relief camps near Sukkur.",
     "Shahbaz Sharif",
     "Flood aid unveiled as Sindh counts losses\n\nShahbaz Sharif pledged cash grants to affected families during a visit to Sukkur on Thursday, state broadcaster PTV said. More than 40 people have died since the rains began."),
    ("person", "Oleksandr Syrskyi",
     "Ukraine's army chief visits eastern front\n\nCommander-in-chief Oleksandr Syrskyi said on Saturday that Russian assaults near Pokrovsk had intensified. He said reinforcements had been sent to the area.",
     "Oleksandr Syrsky",
     "Syrsky warns of heavy fighting in Donetsk region\n\nUkraine's top general, Oleksandr Syrsky, told reporters on Saturday that the situation in the east remained difficult. He did not give details of troop movements."),
    ("person", "Sergei Lavrov",
     "Russian foreign minister meets Turkish counterpart\n\nSergei Lavrov held talks with Hakan Fidan in Ankara on Tuesday on grain exports and the situation in Syria. Both sides described the meeting as constructive.",
     "Sergey Lavrov",
     "Lavrov in Ankara for talks on Black Sea shipping\n\nRussia's top diplomat Sergey Lavrov met Turkish officials on Tuesday, the foreign ministry in Moscow said. The talks focused on shipping through the Black Sea."),
    ("person", "Yoon Suk Yeol",
     "South Korea's president calls for stronger deterrence\n\nPresident Yoon Suk Yeol said on Friday that Seoul would expand joint drills with Washington. He spoke at a military academy graduation.",
     "Yun Sok Yol",
     "Pyongyang denounces 'war rehearsals'\n\nNorth Korea's state news agency KCNA on Saturday condemned remarks by Yun Sok Yol, calling planned exercises a provocation. It warned of 'consequences'."),
    ("person", "Prayut Chan-o-cha",
     "Former Thai leader named to privy council\n\nPrayut Chan-o-cha, the former army chief who led the country for nearly nine years, was appointed to the king's advisory body on Tuesday, the Royal Gazette said.",
     "Prayuth Chan-ocha",
     "Prayuth joins Privy Council\n\nEx-prime minister Prayuth Chan-ocha has been given a seat on Thailand's Privy Council, according to an announcement published on Tuesday. He retired from politics last year."),
    ("person", "Hassan Sheikh Mohamud",
     "Somali president meets AU envoy on troop transition\n\nHassan Sheikh Mohamud met African Union officials in Mogadishu on Wednesday to discuss the new peacekeeping mission. He urged donors to fund the force.",
     "Hassan Sheikh Mohamoud",
     "Mogadishu presses donors on AU mission\n\nSomalia's President Hassan Sheikh Mohamoud said on Wednesday that funding gaps threatened security gains. He spoke after meeting the AU's special representative."),
    ("person", "Lai Ching-te",
     "Taiwan's leader inspects coastal defences\n\nPresident Lai Ching-te visited a marine unit in Penghu on Monday, days after Chinese warships were spotted near the island. He thanked troops for their vigilance.",
     "Lai Qingde",
     "Beijing criticises Taiwan leader's island trip\n\nChina's Taiwan Affairs Office said on Tuesday that Lai Qingde was 'provoking confrontation' with his visit to Penghu. A spokesperson said Beijing would take 'resolute measures'."),
    ("person", "Bezalel Smotrich",
     "Israeli finance minister freezes PA tax transfers\n\nFinance Minister Bezalel Smotrich said on Sunday he would withhold tax revenues collected on behalf of the Palestinian Authority. The move drew criticism from European diplomats.",
     "Betzalel Smotrich",
     "Smotrich halts Palestinian revenue payments\n\nBetzalel Smotrich announced on Sunday that clearance revenues would be held back, Israeli media reported. Palestinian officials in Ramallah called the decision 'collective punishment'."),
    ("person", "Getachew Reda",
     "Tigray ex-leader forms new party\n\nGetachew Reda, former head of the interim administration in Mekelle, said on Thursday he was launching a new political party. He accused rivals in the TPLF of blocking reform.",
     "Getachew Redda",
     "New Tigray party announced\n\nGetachew Redda told a press conference in Addis Ababa on Thursday that his movement would contest the next elections. The TPLF did not immediately comment."),
    ("group", "Hezbollah",
     "Israeli strikes hit southern Lebanon\n\nIsraeli jets struck several targets near Nabatieh on Friday, saying they belonged to Hezbollah. Lebanon's health ministry said two people were killed.",
     "Hizbollah",
     "Two dead in air raids near Nabatieh\n\nLebanese officials said on Friday that Israeli air strikes had hit buildings used by Hizbollah in the south. The Israeli army said it targeted weapons depots."),
    ("group", "Tehreek-e-Taliban Pakistan",
     "Militants attack police post in northwest Pakistan\n\nFour police officers were killed on Tuesday when gunmen stormed a checkpoint in Bannu. Officials blamed the Tehreek-e-Taliban Pakistan, which has stepped up attacks this year.",
     "Tehrik-i-Taliban Pakistan",
     "TTP claims deadly raid in Bannu\n\nThe Tehrik-i-Taliban Pakistan said on Tuesday it was behind an assault on a police post that left four officers dead. Security forces launched a search operation in the area."),
    ("company", "Naftogaz",
     "Ukrainian gas firm reports storage boost\n\nNaftogaz said on Monday that underground storage had reached 12 billion cubic metres ahead of winter. Chief executive Oleksiy Chernyshov said imports from Poland had helped.",
     "Naftohaz",
     "Ukraine's energy firm fills gas reserves\n\nState energy company Naftohaz said on Monday it had injected record volumes into storage facilities in western Ukraine. The company warned that Russian strikes remained a risk."),
    ("party", "Pheu Thai",
     "Thai ruling party wins by-election\n\nThe Pheu Thai party held on to a seat in Chiang Mai in a by-election on Sunday, the Election Commission said. Turnout was about 60 percent.",
     "Puea Thai",
     "Government party keeps northern seat\n\nPuea Thai's candidate won Sunday's vote in Chiang Mai with a comfortable margin, according to unofficial results. The opposition People's Party came second."),
    ("party", "Yisrael Beiteinu",
     "Lieberman's party submits bill on conscription\n\nYisrael Beiteinu on Wednesday tabled legislation that would end exemptions for ultra-Orthodox seminary students. Party leader Avigdor Lieberman said the bill was 'a matter of fairness'.",
     "Yisrael Beytenu",
     "Draft bill filed in Knesset\n\nAvigdor Lieberman's Yisrael Beytenu put forward a conscription bill on Wednesday. Coalition lawmakers said it had no chance of passing."),
    ("party", "Gorran",
     "Kurdish opposition party names new leader\n\nThe Gorran movement elected a new general coordinator at a congress in Sulaimaniyah on Saturday. The party has lost much of its support since 2018.",
     "Goran",
     "Change Movement picks leader\n\nGoran, the Kurdish opposition party, chose a new head at a meeting held in Sulaimaniyah on Saturday, local media reported. Delegates called for reform of the party."),
    ("club", "Esteghlal",
     "Tehran derby ends goalless\n\nEsteghlal and Persepolis drew 0-0 at the Azadi Stadium on Friday in front of a crowd of 70,000. Neither side managed a shot on target in the first half.",
     "Esteqlal",
     "Stalemate in Tehran as rivals share points\n\nEsteqlal held Persepolis to a scoreless draw on Friday, leaving the Iranian league title race wide open. Coach Ricardo Sa Pinto called the result 'fair'."),
    ("group", "Ahlu Sunna Wal Jamaa",
     "Somali militia clashes with al-Shabaab in Galmudug\n\nFighters from Ahlu Sunna Wal Jamaa fought insurgents near Guriel on Monday, residents said. At least nine people were reported killed.",
     "Ahlu Sunnah Wal Jama'ah",
     "Heavy fighting near Guriel\n\nThe Sufi militia Ahlu Sunnah Wal Jama'ah said on Monday it had repelled an attack by militants in central Somalia. Local elders said the fighting lasted several hours."),
    ("party", "Bharatiya Janata Party",
     "BJP names candidate for Delhi mayor\n\nThe Bharatiya Janata Party on Thursday announced its candidate for mayor of Delhi ahead of a council vote next week. The Aam Aadmi Party has not yet named its pick.",
     "Bhartiya Janata Party",
     "Delhi mayoral race heats up\n\nThe Bhartiya Janata Party said on Thursday it would field a two-term councillor for the post of mayor. The vote is scheduled for April 26."),
    ("town", "Kharkiv",
     "Drone attack damages apartment block\n\nA Russian drone struck a residential building in Kharkiv late on Wednesday, wounding 11 people, regional governor Oleh Syniehubov said.",
     "Kharkov",
     "Eleven hurt in overnight strike\n\nEleven people were injured when a drone hit a high-rise in Kharkov overnight, Ukrainian officials said on Thursday. Firefighters worked for hours to put out the blaze."),
    ("town", "Khan Younis",
     "Families flee new evacuation orders\n\nThousands of people left eastern Khan Younis on Tuesday after the Israeli military issued fresh evacuation orders. Aid groups said shelters were already overcrowded.",
     "Khan Yunis",
     "Gaza residents on the move again\n\nResidents of Khan Yunis packed belongings onto carts on Tuesday as the army ordered them to leave. The UN said it had no space to house them."),
    ("town", "Lashkar Gah",
     "Taliban open new hospital in Helmand\n\nTaliban officials inaugurated a 100-bed hospital in Lashkar Gah on Sunday, funded by a Qatari charity. The provincial governor attended the ceremony.",
     "Lashkargah",
     "Helmand capital gets new hospital\n\nA hospital built with Gulf funding opened in Lashkargah on Sunday, local officials said. Doctors said it would ease pressure on facilities run by aid groups."),
    ("town", "Mekelle",
     "Flights resume to Tigray capital\n\nEthiopian Airlines restored daily flights to Mekelle on Friday after a suspension of several weeks. Passengers said security checks at Addis Ababa airport were tight.",
     "Mekele",
     "Airline restarts Tigray service\n\nThe national carrier said on Friday that it had resumed services to Mekele, citing improved security. Business owners in the city welcomed the move."),
    ("town", "Kismayo",
     "Jubaland leader re-elected amid dispute\n\nRegional lawmakers in Kismayo re-elected Ahmed Madobe on Monday, defying objections from the federal government in Mogadishu.",
     "Kismaayo",
     "Madobe wins another term\n\nAhmed Mohamed Islam, known as Madobe, secured a new term in a vote held in Kismaayo on Monday. Federal officials said the process was illegitimate."),
    ("town", "Urumqi",
     "Chinese region hosts trade expo\n\nThe China-Eurasia Expo opened in Urumqi on Thursday with delegations from Kazakhstan and Uzbekistan. Organisers said deals worth $5 billion were expected.",
     "Urumchi",
     "Central Asian traders flock to Xinjiang fair\n\nBusinesspeople from across Central Asia gathered in Urumchi on Thursday for the opening of a regional trade fair. Officials highlighted new rail links."),
    ("town", "Kaesong",
     "North Korea demolishes more border facilities\n\nNorth Korea on Wednesday blew up buildings at the former joint industrial zone in Kaesong, South Korea's unification ministry said.",
     "Gaeseong",
     "Explosions at shuttered industrial park\n\nSeoul said on Wednesday that the North had destroyed structures in Gaeseong, near the border. Officials called the move 'regrettable'."),
    ("town", "Qamishli",
     "Kurdish-led authorities hold talks with Damascus\n\nOfficials from the Kurdish-led administration met government representatives in Qamishli on Saturday to discuss integrating local forces. No agreement was announced.",
     "Qamishlo",
     "Talks in northeast Syria end without deal\n\nNegotiators met in Qamishlo on Saturday, the Kurdish news agency ANHA reported. Both sides said discussions would continue next week."),
    ("province", "Khyber Pakhtunkhwa",
     "Polio cases rise in northwest Pakistan\n\nHealth officials confirmed three new polio cases in Khyber Pakhtunkhwa on Monday, bringing this year's total to 19. A vaccination drive begins next week.",
     "Khyber Pakhtoonkhwa",
     "Three more children paralysed by polio\n\nPakistan's polio programme said on Monday that new cases had been detected in Khyber Pakhtoonkhwa. Vaccinators in the province have faced repeated attacks."),
]

BLIND12_MUST_NOT_MERGE = [
    ("two brothers, former and current prime minister", "Nawaz Sharif",
     "PML-N leaders meet in Lahore\n\nFormer prime minister Nawaz Sharif chaired a party meeting in Lahore on Friday. His younger brother, Prime Minister Shehbaz Sharif, briefed members on the budget.",
     "Shehbaz Sharif", None),
    ("father and son", "Ali Khamenei",
     "Iran's supreme leader addresses clerics\n\nAyatollah Ali Khamenei spoke to seminary students in Tehran on Wednesday. His son Mojtaba Khamenei, a mid-ranking cleric, was seen in the audience, state TV footage showed.",
     "Mojtaba Khamenei", None),
    ("two different towns", "Pokrovsk",
     "Russian forces press towards logistics hub\n\nUkrainian officials said on Monday that Russian troops were within six kilometres of Pokrovsk in the Donetsk region.",
     "Pokrovske",
     "Shelling hits village in Dnipropetrovsk region\n\nRussian artillery struck Pokrovske on Monday, damaging a school and several homes, the regional governor said. No casualties were reported."),
    ("two different towns", "Bakhmut",
     "Ukraine marks anniversary of Bakhmut battle\n\nVeterans gathered in Kyiv on Saturday to remember soldiers who died defending Bakhmut. The city fell to Russian forces in May 2023.",
     "Bakhmach",
     "Drone hits rail depot in Chernihiv region\n\nA Russian drone struck railway infrastructure in Bakhmach on Saturday, Ukraine's national rail operator said. Train services were delayed."),
    ("two different militant groups", "Lashkar-e-Taiba",
     "India blames Pakistan-based group for attack\n\nIndian police said on Tuesday that Lashkar-e-Taiba was behind an ambush in Kashmir. In Pakistan, a separate sectarian outfit, Lashkar-e-Jhangvi, claimed a bombing in Quetta the same day.",
     "Lashkar-e-Jhangvi", None),
    ("two different ministers", "Yoav Gallant",
     "Israeli cabinet clashes over budget\n\nDefence Minister Yoav Gallant demanded more funds for the army at Sunday's cabinet meeting, while Education Minister Yoav Kisch warned against cuts to schools.",
     "Yoav Kisch", None),
    ("two brothers, crown prince and defence minister", "Mohammed bin Salman",
     "Saudi royals receive US delegation\n\nCrown Prince Mohammed bin Salman met a US congressional delegation in Riyadh on Thursday. Defence Minister Khalid bin Salman joined the talks on regional security.",
     "Khalid bin Salman", None),
    ("two different parties", "Pakistan Muslim League-Nawaz",
     "Coalition partners agree on Punjab seats\n\nThe Pakistan Muslim League-Nawaz and the smaller Pakistan Muslim League-Quaid agreed on Wednesday to field joint candidates in three Punjab constituencies.",
     "Pakistan Muslim League-Quaid", None),
    ("two different provinces", "Paktia",
     "Earthquake shakes eastern Afghanistan\n\nA magnitude 5.2 earthquake struck Paktia province on Monday, damaging dozens of homes, Taliban officials said.",
     "Paktika",
     "Floods kill six in southeastern Afghanistan\n\nFlash floods swept through villages in Paktika on Monday, killing six people, a provincial spokesman said. Roads to the district of Barmal were cut."),
    ("two different football clubs", "Al Ahly",
     "Cairo giants win African title\n\nAl Ahly beat Esperance 2-0 in Cairo on Saturday to lift the CAF Champions League trophy for a record 12th time.",
     "Al Ahli",
     "Jeddah side reaches Asian final\n\nSaudi club Al Ahli beat Kawasaki Frontale on Saturday to reach the AFC Champions League Elite final. Riyad Mahrez scored the winning goal."),
]


# blind13 (stop 38): written by a helper that read no rule, at the end of the stop, and
# measured before anyone read it.
BLIND13_VARIANTS = [
    ("person", "Mahmoud Abbas",
     "Abbas meets Egyptian envoy in Ramallah over Gaza truce\n\nPalestinian President Mahmoud Abbas received Egypt's intelligence chief in Ramallah on Tuesday to discuss a proposed Gaza ceasefire and the return of the Palestinian Authority to the enclave, his office said in a statement.",
     "Mahmud Abbas",
     "Palestinian leader holds talks with Cairo on Gaza\n\nMahmud Abbas hosted Egyptian intelligence officials at his Ramallah headquarters on Tuesday, as mediators pushed a plan that would give the Palestinian Authority a role in governing Gaza after the fighting, the WAFA news agency reported."),
    ("person", "Mohammed bin Salman",
     "Saudi crown prince unveils $40bn tourism fund\n\nSaudi Crown Prince Mohammed bin Salman on Wednesday announced a $40 billion fund to develop Red Sea resorts, the state news agency SPA said, part of a drive to reduce the kingdom's reliance on oil revenue.",
     "Muhammad bin Salman",
     "Riyadh launches new Red Sea investment vehicle\n\nCrown Prince Muhammad bin Salman launched a $40 billion investment vehicle for tourism along Saudi Arabia's Red Sea coast on Wednesday, according to state media, as the kingdom pushes to diversify away from crude."),
    ("person", "Abdel Fattah el-Sisi",
     "Egypt's Sisi sworn in for third term\n\nAbdel Fattah el-Sisi was sworn in for a new six-year term as Egypt's president on Tuesday before parliament in the New Administrative Capital, pledging to tackle soaring inflation and a shortage of foreign currency.",
     "Abdel Fattah al-Sisi",
     "Sisi begins new term amid economic strain\n\nEgyptian President Abdel Fattah al-Sisi took the oath of office on Tuesday at the new capital east of Cairo, starting a third term as the country grapples with high prices and a hard currency crunch."),
    ("person", "Masoud Barzani",
     "Kurdish leader Barzani visits Baghdad for budget talks\n\nMasoud Barzani, head of the Kurdistan Democratic Party, arrived in Baghdad on Sunday for talks with Iraqi Prime Minister Mohammed Shia al-Sudani on delayed salary payments to public employees in the Kurdistan region.",
     "Massoud Barzani",
     "Barzani in rare Baghdad trip over salaries dispute\n\nVeteran Iraqi Kurdish leader Massoud Barzani met Prime Minister Mohammed Shia al-Sudani in Baghdad on Sunday, seeking to resolve a months-long row over federal funding for public sector wages in the autonomous Kurdish region."),
    ("person", "Abbas Araghchi",
     "Iran's foreign minister heads to Oman for nuclear talks\n\nIranian Foreign Minister Abbas Araghchi travelled to Muscat on Saturday for indirect talks with a U.S. envoy on Tehran's nuclear programme, with Omani officials shuttling messages between the two delegations.",
     "Abbas Araqchi",
     "Tehran, Washington hold indirect talks in Muscat\n\nAbbas Araqchi, Iran's top diplomat, led his country's delegation at talks in the Omani capital on Saturday, state television said, with Oman's foreign minister passing proposals between the Iranian and American sides."),
    ("person", "Shehbaz Sharif",
     "Pakistan PM announces flood relief package\n\nPrime Minister Shehbaz Sharif on Thursday announced 10 billion rupees in relief for families hit by monsoon floods in Sindh province, where officials say more than 200 people have died since June.",
     "Shahbaz Sharif",
     "Sharif pledges aid as floods batter Sindh\n\nPakistan's prime minister Shahbaz Sharif promised cash assistance for flood victims during a visit to Sukkur on Thursday, as the death toll from weeks of heavy monsoon rains in Sindh rose above 200."),
    ("group", "Tehreek-e-Taliban Pakistan",
     "Militants kill seven soldiers in northwest Pakistan\n\nSeven Pakistani soldiers were killed on Monday when militants attacked a checkpost in North Waziristan, the army said. The Tehreek-e-Taliban Pakistan claimed responsibility for the assault in a statement to reporters.",
     "Tehrik-i-Taliban Pakistan",
     "Pakistani Taliban claim deadly raid on army post\n\nThe Tehrik-i-Taliban Pakistan said its fighters carried out Monday's attack on a security checkpoint in North Waziristan that killed seven soldiers, according to the military's media wing, ISPR."),
    ("group", "Hashd al-Shaabi",
     "Drone strike hits Iraqi paramilitary base near Syrian border\n\nA drone strike on Thursday hit a base used by the Hashd al-Shaabi near Al-Qaim in western Iraq, killing two fighters, security sources said. No party immediately claimed responsibility.",
     "Hashed al-Shaabi",
     "Two paramilitaries killed in strike on Iraq border base\n\nTwo members of Iraq's Hashed al-Shaabi, a coalition of mostly Iran-backed armed factions, were killed when an unidentified drone struck their position near Al-Qaim on Thursday, a security official told AFP."),
    ("party", "Pakistan Tehreek-e-Insaf",
     "Court grants bail to Imran Khan's party leaders\n\nAn anti-terrorism court in Lahore on Wednesday granted bail to five senior leaders of Pakistan Tehreek-e-Insaf arrested after protests over the jailing of former prime minister Imran Khan.",
     "Pakistan Tehrik-i-Insaf",
     "PTI figures freed on bail in Lahore\n\nFive top officials of the Pakistan Tehrik-i-Insaf party were released on bail by a Lahore anti-terror court on Wednesday, their lawyer said, weeks after they were detained over demonstrations demanding Imran Khan's release."),
    ("province", "Panjshir",
     "Taliban say resistance fighters killed in Panjshir clash\n\nTaliban officials said on Friday that four fighters of the anti-Taliban National Resistance Front were killed in an overnight clash in the Panjshir valley north of Kabul. The claim could not be independently verified.",
     "Panjsher",
     "Clashes reported in Afghanistan's Panjsher\n\nFighting broke out overnight into Friday in Panjsher province, with the Taliban administration saying four members of the National Resistance Front died. The NRF, led by Ahmad Massoud, disputed the figure."),
    ("town", "Sulaimaniyah",
     "Fire at Sulaimaniyah market causes heavy losses\n\nA fire swept through a crowded clothing market in Sulaimaniyah in Iraq's Kurdistan region on Saturday, destroying more than 80 shops, civil defence officials said. No casualties were reported.",
     "Sulaymaniyah",
     "Blaze guts dozens of shops in Iraqi Kurdish city\n\nMore than 80 stores were destroyed on Saturday when a fire broke out in a bazaar in Sulaymaniyah, local authorities said, adding that firefighters brought the flames under control after several hours and no one was hurt."),
    ("province", "Dohuk",
     "Turkish strike kills two near Dohuk, officials say\n\nTwo people were killed on Tuesday when a Turkish drone struck a vehicle near Amadiya in Dohuk province of Iraq's Kurdistan region, local officials said. Ankara regularly targets suspected PKK positions in the area.",
     "Duhok",
     "Drone attack in Duhok leaves two dead\n\nA drone strike blamed on Turkey hit a car outside Amadiya in northern Iraq's Duhok governorate on Tuesday, killing two, a Kurdish regional official told reporters. Turkey says it is fighting PKK militants."),
    ("province", "Balochistan",
     "Gunmen kill nine bus passengers in Pakistan's Balochistan\n\nGunmen stopped a bus on a highway near Noshki in southwestern Balochistan on Friday and shot dead nine passengers after checking their identity cards, a provincial government spokesman said.",
     "Baluchistan",
     "Nine travellers shot dead in Baluchistan highway attack\n\nAttackers halted a passenger coach near Noshki on Friday and killed nine people, police said, in the latest assault on travellers in Pakistan's restive Baluchistan province, where separatist insurgents are active."),
    ("province", "Khuzestan",
     "Protests over water shortages spread in Iran's Khuzestan\n\nResidents of several towns in Khuzestan province rallied for a fourth night on Sunday over severe water and power cuts, according to videos shared online and a local lawmaker quoted by ISNA.",
     "Khuzistan",
     "Iran's oil-rich southwest sees water protests\n\nDemonstrations over drinking water shortages continued in Khuzistan on Sunday, with crowds gathering in Ahvaz and Susangerd, ISNA news agency reported, as temperatures topped 50 degrees Celsius."),
    ("town", "Ajdabiya",
     "Libyan forces seize smuggled fuel near Ajdabiya\n\nEastern Libyan security forces said on Monday they had seized 12 tanker trucks carrying smuggled fuel on the coastal road south of Ajdabiya and arrested 15 people suspected of running the network.",
     "Ajdabiyah",
     "Fuel smuggling ring broken up in eastern Libya\n\nAuthorities in eastern Libya detained 15 suspects and impounded a dozen fuel tankers outside Ajdabiyah on Monday, a spokesman for the interior ministry in Benghazi said."),
    ("person", "Volodymyr Zelensky",
     "Zelensky visits troops in Sumy region\n\nUkrainian President Volodymyr Zelensky met soldiers and handed out awards in the northeastern Sumy region on Thursday, his office said, days after Russian forces stepped up cross-border shelling of the area.",
     "Volodymyr Zelenskyy",
     "Ukrainian leader tours northeast border area\n\nVolodymyr Zelenskyy travelled to Sumy region on Thursday to meet troops defending the border with Russia, the presidential office said, presenting medals and hearing reports on intensified shelling."),
    ("person", "Kim Jong Un",
     "North Korea's Kim oversees missile launch\n\nNorth Korean leader Kim Jong Un watched the test-firing of a new solid-fuel missile on Wednesday, state media KCNA reported, a day after South Korea's military detected a launch into the sea off the east coast.",
     "Kim Jong-un",
     "Pyongyang says Kim guided test of new missile\n\nKim Jong-un personally guided Wednesday's launch of a solid-fuel ballistic missile, the Korean Central News Agency said, after Seoul's Joint Chiefs of Staff reported the missile flew about 1,000 km before landing in waters off the east coast."),
    ("person", "Sergei Shoigu",
     "Russia's Shoigu visits Tehran for security talks\n\nSergei Shoigu, secretary of Russia's Security Council, arrived in Tehran on Monday for talks with Iranian officials on regional security and defence cooperation, Russian news agencies reported.",
     "Sergey Shoygu",
     "Top Kremlin security official holds talks in Iran\n\nSergey Shoygu, who heads Russia's Security Council, met Iran's president in Tehran on Monday, Iranian state media said, as the two countries deepen military and political ties."),
    ("person", "Alexei Navalny",
     "Navalny allies mark anniversary of his death\n\nSupporters of Alexei Navalny laid flowers at his grave at Moscow's Borisovskoye cemetery on Sunday, a year after the opposition leader died in an Arctic prison, with police detaining several people.",
     "Alexey Navalny",
     "Hundreds visit Moscow grave of Kremlin critic\n\nHundreds of Russians queued at Borisovskoye cemetery on Sunday to mark one year since Alexey Navalny died in prison, the rights group OVD-Info said, reporting at least four detentions across the country."),
    ("person", "Recep Tayyip Erdogan",
     "Erdogan opens new Istanbul airport metro line\n\nTurkish President Recep Tayyip Erdogan on Saturday inaugurated a metro line linking Istanbul Airport to the city centre, saying it would cut travel time for passengers to about 35 minutes.",
     "Recep Tayyip Erdoğan",
     "Turkey's president inaugurates airport rail link\n\nRecep Tayyip Erdoğan attended the opening ceremony of a new metro connecting Istanbul Airport with the Gayrettepe business district on Saturday, state broadcaster TRT reported."),
    ("person", "Yevgeny Prigozhin",
     "Wagner chief Prigozhin says fighters will leave Bakhmut\n\nYevgeny Prigozhin, founder of Russia's Wagner mercenary group, said on Friday his forces would pull out of Bakhmut by May 10, accusing the defence ministry of withholding ammunition.",
     "Yevgeniy Prigozhin",
     "Wagner boss threatens Bakhmut withdrawal\n\nYevgeniy Prigozhin said in a video released on Friday that Wagner fighters would leave the eastern Ukrainian city of Bakhmut on May 10, blaming Russia's military leadership for a shortage of shells."),
    ("club", "Dynamo Kyiv",
     "Dynamo Kyiv exit Europa League after defeat in Lyon\n\nDynamo Kyiv were knocked out of the Europa League on Thursday after a 3-0 loss to Lyon, leaving the Ukrainian side bottom of their group with no wins in six matches.",
     "Dynamo Kiev",
     "Lyon thrash Dynamo Kiev to end Ukrainians' European run\n\nLyon beat Dynamo Kiev 3-0 in France on Thursday, with Alexandre Lacazette scoring twice, ending the Ukrainian club's Europa League campaign without a single group-stage victory."),
    ("party", "Batkivshchyna",
     "Tymoshenko's party demands emergency session of parliament\n\nUkraine's Batkivshchyna party, led by former prime minister Yulia Tymoshenko, on Tuesday called for an emergency session of the Verkhovna Rada to debate rising utility tariffs.",
     "Batkivshchina",
     "Ukrainian opposition calls for Rada session on tariffs\n\nYulia Tymoshenko's Batkivshchina (Fatherland) faction said on Tuesday it had gathered signatures for an extraordinary sitting of parliament in Kyiv over the latest increase in gas and heating prices."),
    ("company", "Ukrzaliznytsia",
     "Ukrainian railway signs locomotive deal with Wabtec\n\nUkraine's state railway operator Ukrzaliznytsia said on Wednesday it had signed a contract to buy 40 diesel-electric locomotives from U.S.-based Wabtec, with the first deliveries expected next year.",
     "Ukrzaliznytsya",
     "Wabtec to supply locomotives to Ukrzaliznytsya\n\nU.S. rail equipment maker Wabtec will deliver 40 locomotives to Ukrzaliznytsya under an agreement signed in Kyiv on Wednesday, the Ukrainian railway company said, calling it its largest rolling stock purchase in years."),
    ("town", "Kharkiv",
     "Russian missile strike on Kharkiv kills three\n\nA Russian missile hit an apartment block in Kharkiv early on Saturday, killing three people and wounding 17, regional governor Oleh Syniehubov said on Telegram.",
     "Kharkov",
     "Three dead as missile hits residential building in Kharkov\n\nThree civilians were killed and 17 injured when a missile struck a residential building in Kharkov in northeastern Ukraine on Saturday morning, governor Oleh Synehubov said."),
    ("town", "Kiryat Shmona",
     "Rockets from Lebanon hit northern Israeli town\n\nSeveral rockets fired from Lebanon struck Kiryat Shmona on Wednesday, damaging a house and a car, Israel's military said, adding that air defences intercepted most of the 15 projectiles.",
     "Qiryat Shemona",
     "Israel says rockets from Lebanon strike Qiryat Shemona\n\nA barrage of about 15 rockets was launched from southern Lebanon toward Qiryat Shemona on Wednesday, the Israeli army said, with one landing near a residential building. Medics reported no injuries."),
    ("town", "Mekelle",
     "Flights resume to Tigray's capital Mekelle\n\nEthiopian Airlines resumed passenger flights between Addis Ababa and Mekelle on Wednesday for the first time in 18 months, following a peace deal between the federal government and Tigrayan forces.",
     "Mekele",
     "Ethiopian Airlines restarts Mekele service\n\nThe first commercial flight in a year and a half landed in Mekele, capital of Ethiopia's Tigray region, on Wednesday, Ethiopian Airlines said, after a November truce ended two years of war."),
    ("town", "Tskhinvali",
     "Georgia says citizen detained near South Ossetia line\n\nRussian-backed authorities in Tskhinvali detained a Georgian man near the village of Ergneti on Monday, Georgia's State Security Service said, calling the arrest an illegal abduction.",
     "Tskhinval",
     "South Ossetian authorities hold Georgian near de facto border\n\nThe de facto authorities in Tskhinval said on Monday they had detained a Georgian national for illegally crossing the boundary near Ergneti, while Tbilisi demanded his immediate release."),
    ("town", "Da Nang",
     "Vietnam's Da Nang hosts international fireworks festival\n\nTeams from eight countries will compete in the Da Nang International Fireworks Festival opening on Saturday, city officials said, expecting more than 300,000 visitors along the Han River.",
     "Danang",
     "Danang fireworks show expected to draw record crowds\n\nThe central Vietnamese city of Danang opens its annual international fireworks festival on Saturday with eight national teams, and organisers forecast over 300,000 spectators on the banks of the Han River."),
    ("province", "Pattani",
     "Bomb kills two rangers in Thailand's Pattani\n\nA roadside bomb killed two paramilitary rangers and wounded three on patrol in Pattani province on Tuesday, police said, blaming separatist insurgents active in Thailand's Malay-Muslim deep south.",
     "Patani",
     "Two Thai rangers killed in deep south blast\n\nTwo rangers died when an improvised explosive device detonated beside their patrol vehicle in Patani on Tuesday, a Thai military spokesman said, the latest violence in the southern border provinces."),
]

BLIND13_MUST_NOT_MERGE = [
    ("person", "Ali Khamenei",
     "Khamenei urges unity in Friday sermon\n\nIran's Supreme Leader Ayatollah Ali Khamenei called on Iranians to stand united against foreign pressure in a rare Friday prayer sermon in Tehran, state television reported, as thousands gathered at the Grand Mosalla mosque.",
     "Mojtaba Khamenei",
     "Supreme leader's son suspends seminary classes\n\nMojtaba Khamenei, the second son of Iran's supreme leader and a mid-ranking cleric, said on Monday he was suspending his advanced jurisprudence classes in Qom, according to a video published by Iranian media."),
    ("person", "Bashar al-Assad",
     "Syria's Assad meets Iranian foreign minister in Damascus\n\nSyrian President Bashar al-Assad received Iran's foreign minister in Damascus on Sunday, discussing regional tensions, reconstruction and the return of refugees, the Syrian presidency said in a statement.",
     "Maher al-Assad",
     "French court issues warrant for Assad's brother\n\nFrench judges issued an arrest warrant for Maher al-Assad, commander of Syria's elite Fourth Division, over the 2013 chemical weapons attacks near Damascus, lawyers for the plaintiffs said on Wednesday."),
    ("person", "Kim Jong Un",
     "Kim Jong Un inspects shipyard building new destroyer\n\nNorth Korean leader Kim Jong Un inspected a shipyard in Nampo on Thursday where a new destroyer is under construction, KCNA reported, urging workers to speed up the navy's modernisation.",
     "Kim Yo Jong",
     "Kim Yo Jong warns Seoul over propaganda leaflets\n\nKim Yo Jong, the powerful sister of North Korea's leader, warned on Sunday that Pyongyang would respond to balloons carrying leaflets sent by South Korean activists, in a statement carried by KCNA."),
    ("place", "Herat province",
     "Earthquake kills dozens in western Afghanistan\n\nA magnitude 6.3 earthquake struck Herat province on Saturday, destroying villages in Zindajan district and killing at least 40 people, Taliban disaster management officials said.",
     "city of Herat",
     "Maternity ward reopens in Afghan city\n\nA maternity ward reopened on Tuesday in the city of Herat after renovation funded by the World Health Organization, local health officials said, adding it would serve about 500 patients a month."),
    ("province", "Punjab",
     "Farmers block rail lines in India's Punjab\n\nFarmers in India's Punjab state blocked railway tracks at 50 locations on Monday demanding guaranteed crop prices, forcing the cancellation of dozens of trains, Chief Minister Bhagwant Mann's office said.",
     "Punjab",
     "Smog emergency declared in Pakistan's Punjab\n\nAuthorities in Pakistan's Punjab province on Monday closed schools in Lahore for a week as air pollution hit hazardous levels, senior provincial minister Marriyum Aurangzeb told reporters."),
    ("town", "Tripoli",
     "Clashes erupt between armed groups in Libya's capital\n\nHeavy fighting broke out between rival militias in Tripoli on Monday night, killing at least six people, Libya's health ministry said, as the UN mission called for an immediate ceasefire.",
     "Tripoli",
     "Protesters storm municipal building in north Lebanon\n\nDemonstrators angry at power cuts and rising prices stormed the municipality headquarters in Tripoli in northern Lebanon on Monday, setting part of it on fire, the state news agency NNA said."),
    ("town", "Hyderabad",
     "Police bust cricket betting racket in Hyderabad\n\nPolice in Hyderabad, the capital of India's Telangana state, arrested 12 people on Friday for running an illegal betting operation during the IPL, seizing 40 phones and cash.",
     "Hyderabad",
     "Gas cylinder blast kills four in Sindh city\n\nFour people were killed when a gas cylinder exploded at a shop in Hyderabad in Pakistan's Sindh province on Friday, rescue officials said, with eight others taken to hospital."),
    ("party", "Kurdistan Democratic Party",
     "KDP tops Iraqi Kurdish parliamentary election\n\nThe Kurdistan Democratic Party won 39 of 100 seats in the Kurdistan region's parliamentary election, Iraq's electoral commission said on Monday, finishing ahead of the Patriotic Union of Kurdistan.",
     "Democratic Party of Iranian Kurdistan",
     "Iranian strikes target Kurdish opposition camp in Iraq\n\nIran's Revolutionary Guards fired missiles and drones at a camp of the Democratic Party of Iranian Kurdistan near Koya in northern Iraq on Wednesday, the exiled group said."),
    ("company", "Tata Motors",
     "Tata Motors profit jumps on Jaguar Land Rover sales\n\nIndia's Tata Motors reported on Friday a 46% rise in quarterly net profit, driven by strong demand for Range Rover models at its British unit Jaguar Land Rover.",
     "Tata Steel",
     "Tata Steel to cut 2,800 jobs at Port Talbot\n\nTata Steel said on Friday it would close both blast furnaces at its Port Talbot works in Wales, cutting up to 2,800 jobs as it shifts to lower-emission electric arc furnaces."),
    ("club", "Dinamo Zagreb",
     "Dinamo Zagreb clinch Croatian title\n\nDinamo Zagreb secured the Croatian league title on Saturday with a 2-0 win over Hajduk Split at Maksimir stadium in front of 30,000 fans, their sixth championship in seven seasons.",
     "Dinamo Bucharest",
     "Dinamo Bucharest avoid relegation on final day\n\nDinamo Bucharest stayed in Romania's top flight on Sunday after a 1-1 draw away to Petrolul Ploiesti, sending their rivals down on goal difference."),
]


# blind14: written by a helper that read no linking rule and ran no benchmark; names chosen
# so that none appears in the sets above.
BLIND14_VARIANTS = [
    ("person", "Serdar Berdimuhamedov",
     "Turkmen president opens gas pipeline section\n\nTurkmenistan's President Serdar Berdimuhamedov inaugurated a new section of the East-West gas pipeline near the city of Mary on Friday, state media said, describing it as vital to raising exports to China and beyond.",
     "Serdar Berdymukhamedov",
     "Ashgabat marks launch of pipeline link\n\nSerdar Berdymukhamedov attended a ceremony in the Mary region on Friday to start gas flows through a newly completed stretch of pipeline, the state newspaper Neutral Turkmenistan reported, calling the project a milestone for the country's energy sector."),
    ("person", "Muhammad Yunus",
     "Bangladesh interim leader announces election timeline\n\nMuhammad Yunus, head of Bangladesh's interim government, said on Monday the next general election would be held in the first half of next year, in a televised address from Dhaka.",
     "Mohammad Yunus",
     "Dhaka sets window for national vote\n\nThe country's chief adviser Mohammad Yunus told the nation on Monday that parliamentary polls would take place by June next year, once electoral reforms are completed, state broadcaster BTV reported."),
    ("person", "Mahmoud Ahmadinejad",
     "Former Iranian president registers for election\n\nMahmoud Ahmadinejad registered on Sunday as a candidate in Iran's presidential election, arriving at the interior ministry in Tehran surrounded by supporters. The Guardian Council must still approve all hopefuls.",
     "Mahmud Ahmadinejad",
     "Hardliner seeks return to presidency\n\nFormer president Mahmud Ahmadinejad filed his candidacy papers at the Interior Ministry on Sunday, Iranian state TV showed, although the clerical vetting body barred him from running in the 2021 vote."),
    ("person", "Fathi Bashagha",
     "Rival Libyan PM's convoy enters Tripoli\n\nFathi Bashagha, named prime minister by Libya's eastern-based parliament, entered Tripoli early on Tuesday but withdrew hours later after clashes broke out between armed groups, his office said.",
     "Fathi Bashaga",
     "Parliament-backed premier pulls out of capital after fighting\n\nFathi Bashaga left the Libyan capital on Tuesday, only hours after arriving, to avoid bloodshed, his government said, after gunfire erupted between militias loyal to him and forces backing the Tripoli-based administration."),
    ("person", "Ekrem İmamoğlu",
     "Istanbul mayor detained in corruption probe\n\nTurkish police detained Istanbul Mayor Ekrem İmamoğlu at his home on Wednesday as part of a corruption and terrorism investigation, the state-run Anadolu agency said, days before he was expected to be named the opposition's presidential candidate.",
     "Ekrem Imamoglu",
     "Turkish opposition figure held as protests spread\n\nEkrem Imamoglu, the most popular politician in the opposition Republican People's Party, was taken into custody in Istanbul on Wednesday, the CHP said, denouncing the move as an attempted coup against the next president."),
    ("person", "Valerii Zaluzhnyi",
     "Ukraine's former army chief takes up London post\n\nValerii Zaluzhnyi, who led Ukraine's armed forces during the first two years of Russia's full-scale invasion, presented his credentials as ambassador to Britain on Friday, the Ukrainian embassy in London said.",
     "Valery Zaluzhny",
     "Ex-commander begins diplomatic mission in UK\n\nUkraine's former commander-in-chief Valery Zaluzhny formally started work as ambassador to the United Kingdom on Friday after a ceremony at Buckingham Palace, the foreign ministry in Kyiv said."),
    ("person", "Abdelmadjid Tebboune",
     "Algeria's president wins second term\n\nAbdelmadjid Tebboune was re-elected president of Algeria with 84% of the vote, the national election authority said on Sunday, though his two challengers questioned the turnout figures.",
     "Abdelmajid Tebboune",
     "Algerian incumbent claims landslide\n\nPresident Abdelmajid Tebboune secured another five-year mandate, officials in Algiers announced on Sunday, with rival candidates from the Islamist MSP and the socialist FFS disputing the results published by the electoral authority."),
    ("person", "Irakli Garibashvili",
     "Georgian PM resigns ahead of election\n\nIrakli Garibashvili stepped down as Georgia's prime minister on Monday, saying he would lead the ruling Georgian Dream party's campaign for October's parliamentary election, local media in Tbilisi reported.",
     "Irakli Gharibashvili",
     "Premier quits to run ruling party's campaign\n\nPrime Minister Irakli Gharibashvili announced his resignation on Monday, and Georgian Dream's founder proposed parliament speaker Irakli Kobakhidze as his replacement, the news site Civil.ge reported."),
    ("person", "Muhammadu Sanusi II",
     "Kano emir reinstated after law repealed\n\nMuhammadu Sanusi II was reinstated as emir of Kano on Thursday, four years after he was deposed, after the state assembly repealed the law that had split the emirate into five, Governor Abba Yusuf said.",
     "Muhammad Sanusi II",
     "Former central bank chief returns to throne\n\nGovernor Abba Kabir Yusuf handed Muhammad Sanusi II his letter of appointment on Thursday, restoring him as the Emir of Kano in northern Nigeria after lawmakers dissolved four newly created emirates."),
    ("person", "Vo Van Thuong",
     "Vietnam's president resigns\n\nVietnamese President Vo Van Thuong has resigned after just over a year in office, the ruling Communist Party said on Wednesday, saying he had violated party rules and that his shortcomings had harmed its reputation.",
     "Võ Văn Thưởng",
     "National Assembly accepts head of state's departure\n\nLawmakers in Hanoi voted on Thursday to relieve Võ Văn Thưởng of his duties as state president, a day after the party's Central Committee said he had breached regulations, the newspaper VnExpress reported."),
    ("group", "Jamaat-ul-Mujahideen Bangladesh",
     "Bangladesh police arrest suspected militants\n\nPolice in Bangladesh arrested four suspected members of the banned Jamaat-ul-Mujahideen Bangladesh in a raid in Gazipur on Saturday, seizing explosives and jihadist leaflets, the counter-terrorism unit said.",
     "Jamaatul Mujahideen Bangladesh",
     "Four held in raid on militant hideout near Dhaka\n\nCounter-terrorism officers detained four alleged operatives of Jamaatul Mujahideen Bangladesh at a house in Gazipur, north of the capital, on Saturday and recovered bomb-making materials, a police spokesman told reporters."),
    ("group", "al-Mourabitoun",
     "Sahel jihadist group claims Bamako hotel attack\n\nThe jihadist group al-Mourabitoun, led by Mokhtar Belmokhtar, claimed responsibility on Saturday for the siege of the Radisson Blu hotel in Bamako in which at least 19 people were killed, according to a recording aired by Al Jazeera.",
     "al-Murabitoun",
     "Belmokhtar's fighters behind Mali siege, group says\n\nIn an audio message, al-Murabitoun said its gunmen carried out Friday's assault on a luxury hotel in Mali's capital, where guests were held for hours before Malian and French special forces stormed the building."),
    ("party", "Dashnaktsutyun",
     "Armenian opposition party holds protest in Yerevan\n\nThousands of supporters of the opposition Dashnaktsutyun party rallied in Yerevan's Liberty Square on Friday, demanding the government's resignation over border concessions to Azerbaijan, organisers said.",
     "Dashnaktsutiun",
     "Nationalists march against border deal\n\nThe Armenian Revolutionary Federation, or Dashnaktsutiun, led a march through central Yerevan on Friday to protest against the handover of four border villages to Baku, RFE/RL's Armenian service reported."),
    ("party", "Chart Thai Pattana",
     "Thai party joins coalition\n\nChart Thai Pattana said on Tuesday it would join the government coalition, bringing its 10 seats in the House of Representatives to the alliance, party leader Varawut Silpa-archa told reporters in Bangkok.",
     "Chartthaipattana",
     "Suphan Buri-based party agrees to enter government\n\nThe Chartthaipattana party confirmed on Tuesday it had agreed to join Thailand's ruling bloc, giving the coalition a further 10 MPs, its leader Varawut Silpa-archa said after a meeting of the party's executive committee."),
    ("company", "Kyivstar",
     "Ukraine's biggest mobile operator hit by cyberattack\n\nKyivstar, Ukraine's largest mobile network operator, said on Tuesday a powerful cyberattack had knocked out mobile and internet services for millions of subscribers and that it was working with the security services to restore them.",
     "Kievstar",
     "Millions lose phone signal after hack on operator\n\nKievstar's network went down across the country on Tuesday after what the company called a hacker attack, leaving about 24 million users without mobile service. Ukraine's SBU security service has opened a criminal investigation."),
    ("club", "Beitar Jerusalem",
     "Beitar Jerusalem lift Israeli State Cup\n\nBeitar Jerusalem beat Maccabi Netanya 3-0 in the State Cup final in Haifa on Tuesday, winning their first major trophy in more than a decade in front of 25,000 fans.",
     "Betar Jerusalem",
     "Cup glory ends long wait for capital club\n\nBetar Jerusalem won the Israel State Cup on Tuesday, thrashing Maccabi Netanya 3-0 at Sammy Ofer Stadium, and thousands of supporters celebrated in the streets of the city late into the night."),
    ("town", "Afgoye",
     "Suicide bomber kills soldiers near Somali capital\n\nA suicide car bomb killed at least six Somali soldiers at a checkpoint in Afgoye, about 30 km northwest of Mogadishu, on Thursday, a military officer said. Al-Shabaab claimed the attack.",
     "Afgooye",
     "Car bomb hits army post in Lower Shabelle\n\nAt least six soldiers died when an explosives-laden vehicle rammed a checkpoint in Afgooye on Thursday, residents and a Somali National Army commander said. The town lies on the main road west of the capital."),
    ("town", "Woldia",
     "Ethiopian army says it retook northern town\n\nEthiopia's military said on Monday it had recaptured Woldia in the Amhara region from Tigrayan forces, as government troops pushed north along the highway towards Tigray.",
     "Weldiya",
     "Government forces enter Amhara town\n\nFederal troops and regional militias took control of Weldiya on Monday, a government spokesman in Addis Ababa said, a week after the Tigray People's Liberation Front announced its withdrawal from the area."),
    ("province", "Nasarawa",
     "Gunmen kill 12 villagers in central Nigeria\n\nGunmen attacked two farming villages in Nasarawa state overnight, killing 12 people and setting houses on fire, a state police spokesman said on Sunday, adding that officers had been deployed to the area.",
     "Nassarawa",
     "Twelve dead in village raids\n\nAttackers on motorcycles stormed villages near Lafia in Nigeria's Nassarawa state late on Saturday, leaving 12 people dead and several wounded, residents and local officials told reporters."),
    ("province", "Hadramout",
     "Separatists seize oil facilities in Yemen's east\n\nForces of Yemen's Southern Transitional Council took control of oil installations in Hadramout province on Wednesday, local officials said, raising tensions with Saudi-backed government troops in the region.",
     "Hadramawt",
     "Tensions flare over eastern oil fields\n\nUAE-backed southern separatists moved into oil fields in eastern Hadramawt on Wednesday, tribal leaders said, prompting the internationally recognised government in Aden to accuse them of undermining the state."),
    ("district", "Baramulla",
     "Two militants killed in Kashmir gunfight\n\nIndian security forces killed two suspected militants in a gunfight in Baramulla district of Jammu and Kashmir on Saturday, police said, adding that arms and ammunition had been recovered from the site.",
     "Baramula",
     "Police say two rebels shot dead\n\nTwo rebels died in an exchange of fire with soldiers and police in a village in Baramula in Indian-administered Kashmir on Saturday, the region's inspector general of police told reporters in Srinagar."),
    ("province", "Kahramanmaraş",
     "Turkey hands over new homes to quake survivors\n\nTurkish authorities handed over 2,000 newly built homes on Saturday to families left homeless by the February 2023 earthquakes in Kahramanmaraş, the environment ministry said.",
     "Kahramanmaras",
     "Survivors receive keys in quake-hit south\n\nFamilies who lost their houses in the earthquakes centred on Kahramanmaras moved into 2,000 new apartments on Saturday, Ankara's urbanisation ministry said, as reconstruction continues across 11 provinces."),
    ("town", "Metula",
     "Anti-tank missile hits house in Israel's north\n\nAn anti-tank missile fired from Lebanon struck a house in Metula on Sunday, causing heavy damage but no casualties, Israel's military said, adding that it had struck back at the launch site.",
     "Metulla",
     "Border town struck from Lebanon\n\nA guided missile launched from across the border hit a home in the Israeli town of Metulla on Sunday, the Israel Defense Forces said. Residents were evacuated from the town months ago."),
    ("town", "Sokhumi",
     "Protesters storm parliament in Abkhazia\n\nOpposition protesters stormed the parliament building in Sokhumi on Friday, demanding the withdrawal of an investment agreement with Russia, Georgian media reported. Tbilisi considers the breakaway region occupied.",
     "Sukhumi",
     "Abkhaz opposition seizes government buildings\n\nDemonstrators broke into the legislature and presidential administration in Sukhumi, capital of the Russian-backed breakaway region, on Friday, protesting against a deal they say would let Russians buy up property, TASS reported."),
    ("town", "Khorog",
     "Clashes in Tajikistan's Pamir region\n\nTajik security forces clashed with protesters in Khorog, the main town of the Gorno-Badakhshan region, on Tuesday, officials in Dushanbe said, blaming criminal groups for the unrest.",
     "Khorugh",
     "Deadly unrest hits eastern mountain town\n\nResidents of Khorugh said security forces fired on demonstrators on Tuesday, killing at least one person, RFE/RL's Tajik service reported, as the government announced an anti-terrorist operation in the Pamirs."),
    ("town", "Gwangju",
     "South Korea marks anniversary of 1980 uprising\n\nSouth Korea's president attended a ceremony in Gwangju on Saturday marking the 44th anniversary of the 1980 pro-democracy uprising crushed by the military, Yonhap news agency reported.",
     "Kwangju",
     "Seoul's leader honours victims of army crackdown\n\nHundreds gathered at the national cemetery in Kwangju on Saturday to remember those killed when troops suppressed the May 1980 democracy movement, and the president pledged to write its spirit into the constitution."),
    ("district", "Sungai Kolok",
     "Bombs explode in Thai border town\n\nTwo bombs exploded near a hotel in Sungai Kolok in Thailand's Narathiwat province on Friday night, wounding four people, police said. The town lies on the border with Malaysia.",
     "Sungai Golok",
     "Four hurt in blasts near Malaysian border\n\nTwin explosions went off outside a hotel in Sungai Golok, in Thailand's deep south, late on Friday, injuring four people. Police in the neighbouring Malaysian state of Kelantan said they had tightened checks at the crossing."),
    ("town", "Barishal",
     "Launch capsizes in southern Bangladesh\n\nAt least 15 people died when an overcrowded ferry capsized in a river near Barishal on Sunday, fire service officials said, as rescuers searched for dozens still missing.",
     "Barisal",
     "Ferry accident kills 15\n\nA passenger launch carrying about 100 people sank in the Kirtankhola river at Barisal on Sunday after colliding with a cargo vessel, Bangladeshi police said, with 15 bodies recovered so far."),
    ("town", "Vovchansk",
     "Russian troops advance in northeast Ukraine\n\nRussian forces pushed into Vovchansk, a town five kilometres from the border, on Wednesday, Ukraine's military said, as commanders rushed reinforcements to stop the new offensive.",
     "Volchansk",
     "Moscow says army gaining ground near border\n\nRussia's defence ministry said on Wednesday its troops had advanced into Volchansk and were fighting in the town's streets, part of an offensive launched from the Belgorod region last week."),
    ("town", "Hrodna",
     "Belarus detains journalists in western city\n\nBelarusian security forces detained three journalists in Hrodna on Thursday, the Belarusian Association of Journalists said, in the latest crackdown on independent media in the country.",
     "Grodno",
     "Three reporters held in raids near Polish border\n\nPolice searched the homes of three reporters in Grodno and took them into custody on Thursday, the press freedom group BAJ said, adding that the authorities in Minsk had accused them of extremism."),
]

BLIND14_MUST_NOT_MERGE = [
    ("person", "Hun Sen",
     "Cambodia's former leader elected Senate president\n\nHun Sen was elected president of Cambodia's Senate on Monday, giving him the power to act as head of state when King Norodom Sihamoni is abroad, state media reported.",
     "Hun Manet",
     "Cambodian PM opens new airport\n\nPrime Minister Hun Manet inaugurated the Chinese-funded Techo International Airport outside Phnom Penh on Thursday, saying it would help the country attract 10 million foreign tourists a year."),
    ("person", "Sheikh Hasina",
     "Dhaka tribunal sentences former PM in absentia\n\nA special tribunal in Dhaka on Monday sentenced former prime minister Sheikh Hasina to death in absentia for crimes against humanity over the crackdown on last year's student-led protests. She lives in exile in India.",
     "Sheikh Rehana",
     "Graft agency sues ousted PM's sister\n\nBangladesh's Anti-Corruption Commission filed a case against Sheikh Rehana, the younger sister of the ousted prime minister, over the allocation of a government plot in Purbachal, an official said on Wednesday."),
    ("person", "Aung San Suu Kyi",
     "Myanmar junta moves Suu Kyi to house arrest\n\nMyanmar's military government has transferred Aung San Suu Kyi from prison to house arrest as a precaution during an extreme heatwave, a junta spokesman said on Wednesday.",
     "Aung San",
     "Myanmar marks Martyrs' Day\n\nPeople in Yangon laid wreaths on Friday at the mausoleum of independence hero General Aung San, who was assassinated with members of his cabinet on July 19, 1947, as the country observed Martyrs' Day."),
    ("town", "Aurangabad",
     "Water crisis hits Maharashtra city\n\nResidents of Aurangabad in India's Maharashtra state received piped water only once every eight days in May, as reservoirs in the Marathwada region fell below 5% of capacity, municipal officials said.",
     "Aurangabad",
     "Lightning kills six in Bihar\n\nSix people were killed by lightning strikes in Aurangabad in the eastern state of Bihar on Tuesday, the chief minister's office said, announcing compensation of 400,000 rupees for each family."),
    ("town", "Homs",
     "Curfew imposed in Syrian city after killings\n\nSyrian authorities imposed an overnight curfew in Homs on Sunday after the killing of a Bedouin couple sparked sectarian clashes in the central city, the interior ministry said.",
     "Khoms",
     "Migrant boat sinks off Libya\n\nAt least 61 migrants drowned when their boat capsized off the Libyan coastal town of Khoms, east of the capital, the International Organization for Migration said on Saturday."),
    ("place", "Gaziantep province",
     "Wildfire forces evacuations in southern Turkey\n\nA forest fire in the Islahiye district of Gaziantep province forced the evacuation of four villages on Thursday, Turkey's forestry minister said, as more than 20 aircraft battled the flames.",
     "city of Gaziantep",
     "Turkish city's zoo reopens after renovation\n\nThe zoo in the city of Gaziantep reopened on Saturday after a two-year renovation, the metropolitan municipality said, with new enclosures for lions and brown bears."),
    ("two different parties", "People's Democratic Party",
     "Nigerian opposition party picks new chairman\n\nNigeria's main opposition People's Democratic Party elected a new national chairman at a convention in Abuja on Saturday, as it tries to rebuild after losing three straight presidential elections.",
     "Peoples' Democratic Party",
     "Turkish court jails pro-Kurdish party officials\n\nA court in Ankara on Thursday sentenced former leaders of the pro-Kurdish Peoples' Democratic Party to long prison terms over deadly 2014 protests, in a case critics say is politically motivated."),
    ("two different parties", "Awami League",
     "Bangladesh bans activities of former ruling party\n\nBangladesh's interim government on Saturday banned all activities of the Awami League under the anti-terrorism law until a tribunal concludes trials of its leaders, the law adviser told reporters in Dhaka.",
     "Awami National Party",
     "Candidate killed in Peshawar bombing\n\nA suicide bomber struck a rally of the Awami National Party in Peshawar on Tuesday, killing a provincial election candidate and at least 13 others, police in northwest Pakistan said."),
    ("company", "Hyundai Motor",
     "Hyundai Motor opens EV plant in Georgia\n\nSouth Korea's Hyundai Motor held a ceremony on Wednesday to open its electric vehicle factory near Savannah, Georgia, which it says will eventually build 500,000 cars a year.",
     "Hyundai Heavy Industries",
     "Korean shipbuilder wins LNG carrier order\n\nHyundai Heavy Industries said on Monday it had won a 1.2 trillion won order to build four liquefied natural gas carriers for a European shipowner, with deliveries due by 2028."),
    ("club", "CSKA Moscow",
     "CSKA Moscow win Russian Cup\n\nCSKA Moscow beat Rostov on penalties in the Russian Cup final at the Luzhniki Stadium on Sunday, claiming the club's first major trophy in more than a decade.",
     "CSKA Sofia",
     "Bulgarian club sacks coach after derby defeat\n\nCSKA Sofia dismissed their head coach on Monday, a day after a 2-0 home defeat to Levski Sofia left them nine points off the top of the Bulgarian league table."),
]

def _mentions_of(linked: list[dict], form: str, article_id: str) -> set[str]:
    """The entities of the mentions of `form` in an article ("the X movement" tagged as
    "the X" counts, and so does a title tagged with a name: "Mullah X"); failing any, those
    of "X province", tagged with its designator."""
    forms = (form, form[:1].upper() + form[1:])
    mentions = [m for m in linked if m["article_id"] == article_id]
    return ({m["entity_id"] for m in mentions if m["text"].removeprefix("the ") in forms
             or display_name(m["text"], m["label"], LINKING_RULES) in forms}
            or {m["entity_id"] for m in mentions
                if any(m["text"].lower() == f"{f} {word}".lower()
                       for f in forms for word in DESIGNATORS)})


def run_case(texts: list[str], forms: tuple[str, str], link) -> tuple[bool | None, str]:
    """(merged?, what happened); None when the model tagged neither form or only one."""
    articles, linked, entities = link(texts)
    ids = articles[0], articles[-1]
    first, second = _mentions_of(linked, forms[0], ids[0].article_id), \
        _mentions_of(linked, forms[1], ids[1].article_id)
    if forms[0] == forms[1] and len(articles) == 1:
        raise ValueError("a same-article case needs two different forms")
    if not first or not second:
        missing = [f for f, found in zip(forms, (first, second)) if not found]
        return None, f"not tagged: {', '.join(missing)}"
    by_id = {e["entity_id"]: e for e in entities}
    describe = "; ".join(f"{by_id[i]['name']} ({by_id[i]['label']}"
                         f"{', ' + by_id[i]['country_code'] if by_id[i]['country_code'] else ''})"
                         for i in sorted(first | second))
    return bool(first & second), describe


# blind15: 30 + 10 pairs written by a helper at the start of stop 41 that read no linking
# rule and ran no benchmark; half Arabic, Persian, Kurdish, Pashto and Urdu names, half
# Ukrainian, Chinese, Korean, Thai, Vietnamese, Indonesian, Turkish, Hindi, Somali, Amharic,
# Hausa, Armenian, Serbian and Georgian; measured before any change of the stop.
BLIND15_VARIANTS = [
    # -- Arabic, Persian, Kurdish, Pashto, Urdu ----------------------------------------------
    ("person", "Hikmat al-Hijri",
     "Druze Leader Rejects Agreement\n\nSheikh Hikmat al-Hijri, the spiritual leader of Syria's "
     "Druze community, rejected an agreement with the government in Damascus on Tuesday, saying "
     "it did not guarantee the safety of residents of the south. Clashes continued overnight.",
     "Hikmat al-Hajari",
     "Syrian Druze Cleric Says No to Damascus Deal\n\nThe most senior Druze religious figure in "
     "Syria, Sheikh Hikmat al-Hajari, said in a video statement that he would not accept the "
     "accord reached with the interim authorities. He called for international protection for "
     "the community in southern Syria."),
    ("person", "Hashem Safieddine",
     "Hezbollah Confirms Death of Senior Official\n\nLebanon's Hezbollah said on Wednesday that "
     "Hashem Safieddine, the head of its executive council, was killed in an Israeli air strike on "
     "the southern suburbs of Beirut. He had been widely seen as a likely successor to the group's "
     "late leader.",
     "Hashem Safi al-Din",
     "Lebanese Group Mourns Executive Council Chief\n\nHezbollah announced that Hashem Safi al-Din, "
     "who chaired its executive council, died in an Israeli raid on Beirut's southern suburbs "
     "earlier this month. The Israeli military had said days ago that the strike killed him."),
    ("person", "Falih al-Fayyadh",
     "US Sanctions Iraqi Paramilitary Chief\n\nThe US Treasury imposed sanctions on Falih "
     "al-Fayyadh, chairman of Iraq's Popular Mobilization Forces, on Friday, accusing him of a role "
     "in the killing of protesters in 2019. The Iraqi government said it would seek clarification.",
     "Faleh al-Fayyad",
     "Washington Blacklists Head of Iraqi Militia Umbrella\n\nThe United States blacklisted Faleh "
     "al-Fayyad, who heads the Popular Mobilization Forces grouping of mostly Shi'ite armed "
     "factions in Iraq, over a deadly crackdown on demonstrators. Iraq's foreign ministry said it "
     "was surprised by the decision."),
    ("person", "Hossein Salami",
     "Guards Commander Killed in Israeli Strikes\n\nIranian state television said Revolutionary "
     "Guards commander Hossein Salami was killed when Israel struck targets across Iran early on "
     "Friday. Officials in Tehran vowed a harsh response.",
     "Hussein Salami",
     "Iran Confirms Death of IRGC Chief\n\nMajor General Hussein Salami, commander-in-chief of "
     "Iran's Islamic Revolutionary Guard Corps, died in Israel's overnight attack, state media "
     "reported. Several other senior officers were also killed, the reports said."),
    ("person", "Mohamed Elneny",
     "Elneny to Leave Arsenal\n\nEgypt midfielder Mohamed Elneny will leave Arsenal when his "
     "contract expires at the end of the season, the Premier League club said on Friday. He joined "
     "the London side from Basel in 2016.",
     "Mohamed El-Nenny",
     "Arsenal Bid Farewell to Egyptian Midfielder\n\nArsenal confirmed that Mohamed El-Nenny will "
     "depart when his deal runs out this summer, ending eight years at the Emirates Stadium. The "
     "Egypt international made more than 150 appearances for the north London club."),
    ("person", "Mohammad Rizwan",
     "Rizwan Named Pakistan White-Ball Captain\n\nThe Pakistan Cricket Board named wicketkeeper "
     "Mohammad Rizwan captain of the one-day and Twenty20 sides on Sunday after Babar Azam stepped "
     "down. His first series in charge will be a tour of Australia.",
     "Muhammad Rizwan",
     "PCB Hands Limited-Overs Captaincy to Wicketkeeper\n\nMuhammad Rizwan will lead Pakistan in "
     "one-day and T20 cricket, the country's cricket board announced in Lahore, replacing Babar "
     "Azam. The 32-year-old will take charge for next month's tour of Australia."),
    ("person", "Riad Salameh",
     "Former Lebanese Central Bank Chief Detained\n\nLebanese authorities detained former central "
     "bank governor Riad Salameh on Tuesday after questioning him over alleged financial crimes, "
     "judicial sources said. He led the bank for three decades and denies wrongdoing.",
     "Riyad Salameh",
     "Ex-Governor Held After Beirut Hearing\n\nRiyad Salameh, who ran Lebanon's central bank for 30 "
     "years, was taken into custody after a hearing at the Palace of Justice in Beirut, a judicial "
     "official said. He faces allegations of embezzlement linked to a brokerage firm."),
    ("person", "Yahya Saree",
     "Houthis Claim Missile Launch at Israel\n\nYemen's Houthi movement fired a ballistic missile at "
     "central Israel, military spokesman Yahya Saree said in a televised statement on Saturday. The "
     "Israeli military said it intercepted a missile launched from Yemen.",
     "Yahya Sarea",
     "Yemen's Houthis Say They Targeted Tel Aviv\n\nHouthi military spokesman Yahya Sarea said the "
     "group had launched a missile toward Tel Aviv, in a speech broadcast by the rebels' television "
     "channel in Yemen. Israel's army reported that the missile was shot down."),
    ("person", "Aldar Khalil",
     "Kurdish Official Says Talks With Damascus Continue\n\nAldar Khalil, a senior official of the "
     "Kurdish-led administration in northeast Syria, said on Monday that negotiations with the new "
     "government on merging institutions were continuing. He said disagreements remained over the "
     "future of local security forces.",
     "Aldar Xelil",
     "Syrian Kurdish Leader: Integration Talks Under Way\n\nSenior Syrian Kurdish politician Aldar "
     "Xelil told Kurdish media that discussions with Damascus on folding the region's bodies into "
     "the state were still going on. The status of the Kurdish-led security forces was still "
     "unresolved, he added."),
    ("person", "Mohammad Hassan Akhund",
     "Taliban Prime Minister Appeals for Aid\n\nAfghanistan's Taliban prime minister, Mohammad "
     "Hassan Akhund, called on international aid agencies on Wednesday to resume assistance to the "
     "country, in a speech broadcast from Kabul. He said the Taliban administration posed no threat "
     "to other nations.",
     "Mohammad Hasan Akhund",
     "Afghan Premier Urges Donors to Return\n\nMohammad Hasan Akhund, prime minister of the "
     "Taliban-run government in Afghanistan, urged foreign donors to restart humanitarian funding "
     "in an address aired by state television in Kabul. He insisted the movement would not allow "
     "attacks on other countries from Afghan soil."),
    ("group", "Kataib Imam Ali",
     "Iraqi Militia Announces Pullback From Border\n\nThe Iraqi armed faction Kataib Imam Ali said "
     "on Thursday it would withdraw its fighters from positions near the Syrian border, in a "
     "statement posted online. The group belongs to the state-sanctioned Popular Mobilization "
     "Forces.",
     "Kata'ib al-Imam Ali",
     "Shi'ite Faction to Leave Frontier Posts\n\nKata'ib al-Imam Ali, an Iran-aligned armed group "
     "within Iraq's Popular Mobilization Forces, announced that its members would leave their posts "
     "along the frontier with Syria. The statement gave no timeline for the move."),
    ("group", "Jaish al-Mahdi",
     "Iraqi Militia Ceasefire Extended\n\nThe Sadrist movement said on Friday that its Jaish "
     "al-Mahdi militia would keep its ceasefire for another six months, an aide told reporters in "
     "Najaf. The freeze has been credited with a sharp fall in violence in Baghdad.",
     "Jaysh al-Mahdi",
     "Shi'ite Militia Truce to Stay in Place\n\nFighters of Jaysh al-Mahdi, the armed wing of the "
     "Sadrist current in Iraq, will observe their truce for six more months, a spokesman announced "
     "in the holy city of Najaf. US commanders welcomed the decision."),
    ("town", "El Geneina",
     "Thousands Flee West Darfur Capital\n\nThousands of people fled El Geneina, the capital of "
     "Sudan's West Darfur state, and crossed into Chad after days of attacks by the Rapid Support "
     "Forces, the UN refugee agency said on Friday. Aid workers described bodies lying in the "
     "streets.",
     "Ag Geneina",
     "Darfur Civilians Stream Into Chad\n\nThe UN humanitarian office said fighting in Ag Geneina "
     "had forced families to walk to the Chadian border, many of them wounded. The paramilitary "
     "Rapid Support Forces denied targeting civilians in the West Darfur town."),
    ("town", "Nuseirat",
     "Strike Hits Central Gaza Camp\n\nAn Israeli air strike on a house in Nuseirat in the central "
     "Gaza Strip killed at least 11 people on Monday, Palestinian health officials said. The "
     "Israeli military said it had targeted militants.",
     "Nusairat",
     "Eleven Killed in Central Gaza Air Raid\n\nAt least 11 Palestinians, including children, died "
     "when a home in the Nusairat refugee camp in Gaza was hit, medics said. Israel's army said it "
     "struck a militant cell operating in the area."),
    ("town", "Gharyan",
     "Libyan Government Forces Retake Key Town\n\nForces loyal to Libya's UN-recognised government "
     "seized Gharyan, about 80 km south of Tripoli, from the eastern-based Libyan National Army on "
     "Wednesday, officials said. The town had served as the eastern forces' main forward base.",
     "Gharian",
     "Eastern Libyan Forces Lose Supply Hub\n\nThe eastern-based Libyan National Army lost control "
     "of Gharian, its main staging post in the mountains south of Tripoli, to troops allied with "
     "the Government of National Accord, a government spokesman said. Weapons and ammunition were "
     "found in the town, he added."),

    # -- other languages ---------------------------------------------------------------------
    ("person", "Yaroslava Mahuchikh",
     "Mahuchikh Breaks High Jump World Record\n\nUkraine's Yaroslava Mahuchikh cleared 2.10 metres "
     "at the Paris Diamond League meeting on Sunday, breaking a women's world record that had stood "
     "since 1987. The 22-year-old is the reigning world champion.",
     "Yaroslava Mahuchykh",
     "Ukrainian High Jumper Sets World Mark in Paris\n\nYaroslava Mahuchykh of Ukraine soared over "
     "2.10 m in Paris to erase Stefka Kostadinova's 37-year-old women's high jump world record. She "
     "said she had dedicated the jump to her country."),
    ("town", "Chasiv Yar",
     "Russia Claims Capture of Chasiv Yar\n\nRussia's defence ministry said on Monday its forces had "
     "taken full control of Chasiv Yar, a hilltop town in eastern Ukraine's Donetsk region. The "
     "Ukrainian military said fighting for the town was continuing.",
     "Chasov Yar",
     "Moscow Says Troops Take Donetsk Town\n\nRussian troops have captured Chasov Yar, a strategic "
     "town in Ukraine's Donetsk region, the defence ministry in Moscow said. Kyiv's army rejected "
     "the claim and said its units still held positions there."),
    ("person", "Hui Ka Yan",
     "Evergrande Founder Fined, Banned for Life\n\nChina's securities regulator fined Hui Ka Yan, "
     "founder of China Evergrande Group, and banned him from the capital markets for life, saying "
     "the property developer had inflated its revenue by hundreds of billions of yuan. The company "
     "is being liquidated by a Hong Kong court.",
     "Xu Jiayin",
     "Regulator Bars Evergrande Chairman From Markets\n\nXu Jiayin, chairman of the debt-laden "
     "Chinese property giant Evergrande, was barred from securities markets for life and fined "
     "millions of yuan, the China Securities Regulatory Commission said on Monday. The regulator "
     "accused the company of fraudulent bond issuance."),
    ("person", "Chey Tae-won",
     "SK Chairman Ordered to Pay Record Divorce Settlement\n\nA Seoul appeals court ordered SK "
     "Group chairman Chey Tae-won to pay 1.38 trillion won to his estranged wife on Thursday, the "
     "largest divorce award in South Korea's history. Shares of SK Inc rose on the news.",
     "Choi Tae-won",
     "Court Raises Payout in South Korean Tycoon's Divorce\n\nThe Seoul High Court ruled that Choi "
     "Tae-won, head of South Korean conglomerate SK Group, must hand over about $1 billion to his "
     "wife, sharply raising a lower court's award. His lawyers said he would appeal."),
    ("person", "Ratchanok Intanon",
     "Intanon Into Semi-Finals in Jakarta\n\nThailand's Ratchanok Intanon beat Japan's Akane "
     "Yamaguchi in straight games on Friday to reach the women's singles semi-finals of the "
     "Indonesia Open. The former world champion next faces a Chinese opponent.",
     "Ratchanok Inthanon",
     "Thai Shuttler Ousts Yamaguchi\n\nRatchanok Inthanon of Thailand reached the last four of the "
     "Indonesia Open badminton tournament in Jakarta with a two-game win over Akane Yamaguchi. It "
     "was her best result of the season."),
    ("person", "Truong My Lan",
     "Vietnam Tycoon Sentenced to Death in Fraud Case\n\nA court in Ho Chi Minh City sentenced "
     "property developer Truong My Lan to death on Thursday for embezzling money from Saigon "
     "Commercial Bank, in the largest financial fraud case in Vietnam's history. She denied the charges.",
     "Trương Mỹ Lan",
     "Van Thinh Phat Chairwoman Gets Death Penalty\n\nTrương Mỹ Lan, chairwoman of Van Thinh Phat "
     "Holdings Group, received the death sentence from the Ho Chi Minh City People's Court for "
     "appropriating funds from Saigon Commercial Bank. Dozens of co-defendants were also "
     "sentenced."),
    ("group", "Jemaah Islamiyah",
     "Southeast Asian Militant Group Says It Has Disbanded\n\nSenior leaders of Jemaah Islamiyah, "
     "the network behind the 2002 Bali bombings, announced in a video that the group had been "
     "dissolved, Indonesian police said on Monday. Analysts warned that splinter cells could "
     "remain active.",
     "Jemaah Islamiah",
     "Bali Bombing Network Declares Dissolution\n\nJemaah Islamiah, the al-Qaeda-linked group "
     "blamed for the Bali attacks, has formally disbanded, its former leaders said at a gathering "
     "in Bogor, Indonesia. Counter-terrorism officials said they would monitor its members."),
    ("person", "Arda Güler",
     "Güler Stunner Lifts Turkey\n\nReal Madrid teenager Arda Güler curled in a superb long-range "
     "goal as Turkey beat Georgia 3-1 in their Euro 2024 opener in Dortmund on Tuesday. The "
     "19-year-old was making his first start at a major tournament.",
     "Arda Guler",
     "Turkey Beat Georgia in Dortmund Thriller\n\nArda Guler, 19, scored a spectacular strike from "
     "outside the box to help Turkey to a 3-1 win over Georgia in their first match at the European "
     "Championship. The Real Madrid midfielder was named man of the match."),
    ("town", "Dehradun",
     "Heavy Rain Lashes Uttarakhand Capital\n\nTorrential rain flooded streets in Dehradun on "
     "Monday, killing at least four people, officials in the northern Indian state of Uttarakhand "
     "said. Schools were closed.",
     "Dehra Dun",
     "Floods Kill Four in North Indian Hill City\n\nAt least four people died as swollen streams "
     "swept through parts of Dehra Dun, the capital of the Himalayan state of Uttarakhand, the state "
     "disaster response force said. Authorities ordered schools shut."),
    ("town", "Garowe",
     "Puntland Re-elects President\n\nLawmakers in Garowe, the capital of Somalia's semi-autonomous "
     "Puntland region, re-elected Said Abdullahi Deni as president on Monday. Security was tight "
     "around the parliament building.",
     "Garoowe",
     "Deni Wins Second Term in Puntland\n\nPuntland's parliament voted in Garoowe to give Said "
     "Abdullahi Deni another five-year term as leader of the northeastern Somali region, officials "
     "said. The vote followed months of disputes over the electoral model."),
    ("town", "Bahir Dar",
     "Fighting Erupts in Ethiopian Regional Capital\n\nGunfire was heard in Bahir Dar, the capital "
     "of Ethiopia's Amhara region, on Saturday as Fano militiamen clashed with federal troops, "
     "residents said. Flights to the city were suspended.",
     "Bahar Dar",
     "Residents Report Clashes in Amhara City\n\nResidents of Bahar Dar said heavy fighting broke "
     "out between the Ethiopian army and Fano militia in the lakeside city in northern Ethiopia. "
     "Ethiopian Airlines halted flights there."),
    ("person", "Rabiu Musa Kwankwaso",
     "Former Kano Governor Enters Nigeria Presidential Race\n\nRabiu Musa Kwankwaso, a former "
     "governor of Kano state, said on Monday he would run for Nigeria's presidency on the ticket of "
     "the New Nigeria Peoples Party. He is expected to draw strong support in the north.",
     "Rabi'u Musa Kwankwaso",
     "Kwankwaso Launches Presidential Bid\n\nNigerian opposition politician Rabi'u Musa Kwankwaso, "
     "who twice governed the northern state of Kano, declared his candidacy for president under the "
     "New Nigeria Peoples Party. Supporters gathered in Abuja for the announcement."),
    ("person", "Serzh Sargsyan",
     "Armenian Leader Resigns After Protests\n\nArmenian Prime Minister Serzh Sargsyan resigned on "
     "Monday after 11 days of mass street protests in Yerevan against his move from the presidency "
     "to the premiership. Protest leaders hailed his departure as a victory.",
     "Serzh Sarkisian",
     "Armenia's Premier Quits Amid Mass Rallies\n\nSerzh Sarkisian stepped down as Armenia's prime "
     "minister, days after becoming premier, following nearly two weeks of demonstrations in the "
     "capital Yerevan. Crowds celebrated in the streets."),
    ("person", "Nikola Jokić",
     "Jokić Wins Third MVP Award\n\nDenver Nuggets center Nikola Jokić was named the NBA's Most "
     "Valuable Player for the third time on Wednesday. The Serbian averaged a triple-double over "
     "much of the season.",
     "Nikola Jokic",
     "Nuggets Star Takes Third MVP\n\nSerbia's Nikola Jokic won the NBA Most Valuable Player award "
     "for a third time in four seasons, the league announced. The Denver center beat two other "
     "finalists to the prize."),
    ("person", "Giorgi Gakharia",
     "Georgian Prime Minister Resigns\n\nGeorgia's Prime Minister Giorgi Gakharia resigned on "
     "Thursday, saying he disagreed with a court order to detain opposition leader Nika Melia. The ruling Georgian Dream party said it would name a "
     "successor within days.",
     "Georgy Gakharia",
     "Georgia's Premier Steps Down Over Arrest Row\n\nGeorgy Gakharia announced his resignation as "
     "head of the Georgian government in Tbilisi, citing a split in the ruling party over plans to "
     "arrest opposition figure Nika Melia. His departure deepened a political crisis in the South "
     "Caucasus country."),
]

BLIND15_MUST_NOT_MERGE = [
    ("person", "Hamid Karzai",
     "Former Afghan President Meets Diplomats\n\nFormer Afghan President Hamid Karzai met foreign "
     "diplomats at his home in Kabul on Sunday and urged the Taliban to reopen secondary schools "
     "for girls, his office said. He has remained in Afghanistan since the Taliban took power.",
     "Ahmed Wali Karzai",
     "Kandahar Council Chief Shot Dead\n\nAhmed Wali Karzai, head of the Kandahar provincial "
     "council and one of the most powerful figures in southern Afghanistan, was shot dead by a "
     "bodyguard at his home on Tuesday, officials said. The Taliban claimed responsibility."),
    ("group", "Azov Brigade",
     "Ukrainian Unit Takes Over Donetsk Sector\n\nThe Azov Brigade of Ukraine's National Guard said "
     "on Friday it had taken over defensive positions near Toretsk in the Donetsk region. The unit "
     "said Russian assaults in the area had intensified.",
     "Azov",
     "Drone Attack Sparks Fire at Russian Port\n\nA drone attack set fire to a grain terminal in "
     "the port town of Azov in Russia's Rostov region overnight, the regional governor said. No "
     "casualties were reported."),
    ("person", "Masood Azhar",
     "UN Lists Militant Leader\n\nThe UN Security Council added Masood Azhar, founder of the "
     "Pakistan-based militant group Jaish-e-Mohammed, to its sanctions list on Wednesday after "
     "China lifted its objection, diplomats said. India welcomed the decision.",
     "Abdul Rauf Azhar",
     "US Designates Senior Jaish Commander\n\nThe US State Department designated Abdul Rauf Azhar, "
     "a senior commander of Jaish-e-Mohammed, accusing him of helping plan the 1999 hijacking of an "
     "Indian Airlines flight to Kandahar. His assets in the United States were frozen."),
    ("person", "Lee Hsien Loong",
     "Singapore Prime Minister Hands Over Power\n\nSingapore's Prime Minister Lee Hsien Loong "
     "handed over to his deputy Lawrence Wong on Wednesday after two decades in office. He will "
     "stay in the cabinet as a senior minister.",
     "Lee Hsien Yang",
     "Singaporean Dissident Granted UK Asylum\n\nLee Hsien Yang, a son of Singapore's founding "
     "prime minister, said he had been granted asylum in Britain, citing persecution linked to a "
     "family dispute over his late father's house on Oxley Road. The government denied that he "
     "faced persecution."),
    ("person", "Novak Djokovic",
     "Djokovic Reaches Wimbledon Final\n\nSerbia's Novak Djokovic beat Italy's Lorenzo Musetti in "
     "straight sets on Friday to reach the Wimbledon final for a tenth time. He will play for an eighth title on Sunday.",
     "Marko Djokovic",
     "Serbia Name Squad for Davis Cup Tie\n\nMarko Djokovic, the younger brother of Serbia's "
     "24-time Grand Slam champion, was included in the squad for next month's Davis Cup tie, the "
     "Serbian tennis federation said. He is ranked outside the world's top 500."),
    ("town", "Gori",
     "Georgian City Marks War Anniversary\n\nResidents of Gori, the central Georgian city near the "
     "boundary line with breakaway South Ossetia, laid flowers on Thursday to mark the anniversary "
     "of the 2008 war with Russia. The city was briefly occupied by Russian troops during the "
     "conflict.",
     "Goris",
     "Armenian Border Town Shelters Arrivals\n\nAuthorities in Goris, in Armenia's southern Syunik "
     "province, set up shelters for ethnic Armenians arriving from Nagorno-Karabakh, the "
     "government in Yerevan said on Tuesday. Thousands of people passed through the town in a "
     "single day."),
    ("town", "al-Bab",
     "Car Bomb Kills Civilians in Northern Syria\n\nA car bomb exploded in a market in al-Bab, a "
     "town in the northern Aleppo countryside held by Turkish-backed factions, killing at least "
     "eight people on Saturday, a war monitor said. No group claimed responsibility.",
     "Bab al-Hawa",
     "UN Aid Convoy Enters Syria From Turkey\n\nA UN convoy of trucks carrying food and medicine "
     "entered northwest Syria through Bab al-Hawa on the Turkish border on Tuesday, the world "
     "body's humanitarian office said. It was the first delivery since the crossing reopened."),
    ("town", "Kashan",
     "Blast at Iranian Factory Injures Workers\n\nAn explosion at a chemical plant in Kashan in "
     "central Iran injured at least nine workers on Sunday, local officials told state media. The "
     "cause was under investigation.",
     "Kashmar",
     "Earthquake Shakes Northeast Iran\n\nA magnitude 5 earthquake struck near Kashmar in Iran's "
     "northeastern Razavi Khorasan province, damaging dozens of homes, the country's crisis "
     "management organisation said. No deaths were reported."),
    ("person", "Joseph Aoun",
     "Lebanon Elects Army Chief as President\n\nLebanon's parliament elected army commander Joseph "
     "Aoun as head of state on Thursday, ending a vacancy of more than two years. Foreign governments welcomed the vote.",
     "Michel Aoun",
     "Lebanese President Leaves Palace at End of Term\n\nMichel Aoun left the presidential palace "
     "in Baabda on Sunday at the end of his six-year term, with parliament still unable to agree on "
     "a successor, Lebanese media reported. Supporters gathered outside to bid him farewell."),
    ("person", "Tamim bin Hamad Al Thani",
     "Qatar's Emir Hosts Regional Talks\n\nQatar's Emir Sheikh Tamim bin Hamad Al Thani met the "
     "Egyptian foreign minister in Doha on Monday to discuss mediation efforts, the Qatari news "
     "agency said. The two sides also discussed bilateral investment.",
     "Hamad bin Khalifa Al Thani",
     "Former Qatari Ruler Attends National Day\n\nSheikh Hamad bin Khalifa Al Thani, who ruled "
     "Qatar from 1995 until abdicating in 2013, attended National Day celebrations in Doha, state "
     "media showed. He rarely appears in public."),
]


# blind16: written by a helper during stop 42 (after the stop's title rule, before its hyphen
# rule); 19/30 at the stop's start (ccba646), 20/30 at its end: the hyphen rule came from one
# of its pairs (Amir-Abdollahian), which is therefore no longer blind.
# Blind held-out test data (set 16) for news-entity linking.
# Written by a helper that read no linking rule (nothing under transforms/)
# and ran no benchmark. Names already used in benchmarks/transliteration_pairs.py
# were checked only to avoid reusing them.
#
# Language spread:
#   BLIND16_VARIANTS (30): 15 Arabic/Persian/Kurdish/Pashto/Urdu
#     (Amir-Abdollahian, Dahlan, Barghouti, Fuad Hussein, Bafel Talabani,
#      Sirajuddin Haqqani, Bilawal Bhutto Zardari, Qassam Brigades, TLP,
#      Gorran, Zainabiyoun, Kandahar, Khan Younis, Sulaimaniyah, Bandar Abbas)
#     and 15 others: Russian, Chinese (x2), Korean, Thai, Turkish, Hausa,
#     Yoruba, Portuguese, Japanese, Indonesian, Somali, Amharic, Swahili, Burmese.
#     15 persons, 7 groups, 8 places.
#   BLIND16_MUST_NOT_MERGE (10): 5 Kurdish/Urdu/Pashto/Arabic
#     (Barzani cousins, Nawaz Sharif/Maryam Nawaz, Haqqani father/son,
#      Tripoli Libya/Lebanon, Ansar al-Islam/Ansarul Islam)
#     and 5 others: Ukrainian (Klitschko brothers), Thai (Shinawatra sisters/
#     niece), Polish (Kaczynski twins), Spanish (Cordoba Spain/Argentina),
#     Hindi (Janata Dal United/Secular).
# Tuple layout: (kind, name_a, text_a, name_b, text_b)

BLIND16_VARIANTS = [
    # ---- Arabic / Persian / Kurdish / Pashto / Urdu ----
    ("person", "Hossein Amir-Abdollahian",
     "Iran's foreign minister among dead in helicopter crash\n\n"
     "Iranian Foreign Minister Hossein Amir-Abdollahian was among those killed when a helicopter carrying the "
     "president crashed in fog-shrouded mountains in East Azerbaijan province, state media said on Monday. "
     "Rescue teams reached the wreckage near the border with Azerbaijan after an overnight search.",
     "Hossein Amirabdollahian",
     "Top diplomat's body recovered from crash site in northwest Iran\n\n"
     "The remains of Hossein Amirabdollahian, the Islamic Republic's foreign minister, were recovered by Red "
     "Crescent teams from the crash site near Varzaqan in East Azerbaijan. Tehran declared five days of national "
     "mourning, and deputy minister Ali Bagheri Kani was named acting foreign minister."),

    ("person", "Mohammed Dahlan",
     "Exiled Fatah strongman floated for post-war Gaza role\n\n"
     "Mohammed Dahlan, the former Gaza security chief who has lived in Abu Dhabi since falling out with the "
     "Palestinian Authority leadership, has been mentioned by Arab diplomats as a possible figure in a post-war "
     "administration for the Gaza Strip. He told an interviewer he did not seek any position but backed a "
     "technocratic government.",
     "Mohammad Dahlan",
     "Dahlan says he will not lead Gaza after the war\n\n"
     "Palestinian politician Mohammad Dahlan, a long-time rival of the Ramallah-based Fatah leadership, said he "
     "would not accept any governing role in Gaza and called for a transitional body backed by the United Arab "
     "Emirates and Egypt. He has been based in the UAE for more than a decade."),

    ("person", "Marwan Barghouti",
     "Hamas seeks release of jailed Fatah leader in prisoner swap\n\n"
     "Hamas wants Marwan Barghouti, the most prominent Palestinian held in Israeli prisons, included in any "
     "exchange for hostages held in Gaza, officials familiar with the talks said. He is serving five life "
     "sentences imposed by an Israeli court in 2004.",
     "Marwan al-Barghouthi",
     "Israel rejects freeing Fatah figure in Gaza deal\n\n"
     "Israeli officials said Marwan al-Barghouthi would not be among the Palestinian prisoners released under "
     "the Gaza ceasefire agreement, despite demands from Hamas negotiators in Cairo and Doha. The Fatah leader, "
     "jailed since 2002, is widely seen as a potential future Palestinian president."),

    ("person", "Fuad Hussein",
     "Iraqi foreign minister visits Tehran amid regional tensions\n\n"
     "Iraq's Foreign Minister Fuad Hussein arrived in Tehran on Sunday for talks with Iranian officials on border "
     "security and the fallout from the war in Gaza. He said Baghdad did not want Iraq to become a battleground "
     "for regional rivalries.",
     "Fouad Hussein",
     "Iraq's top diplomat warns against being drawn into wider war\n\n"
     "Speaking in the Iranian capital, Iraqi Foreign Minister Fouad Hussein urged restraint and said Baghdad was "
     "working to keep armed factions from dragging the country into conflict. He met his Iranian counterpart and "
     "discussed the security agreement covering the Iran-Iraq border."),

    ("person", "Bafel Talabani",
     "PUK leader says party ready for talks on new Kurdish cabinet\n\n"
     "Bafel Talabani, head of the Patriotic Union of Kurdistan, said on Tuesday his party was open to "
     "negotiations with the Kurdistan Democratic Party on forming the next Kurdistan Regional Government. "
     "The PUK finished second in the October vote for the Kurdistan parliament.",
     "Bafil Talabani",
     "PUK chief: no new government without fair power-sharing\n\n"
     "Patriotic Union of Kurdistan (PUK) president Bafil Talabani told supporters that the party would not join "
     "a new cabinet in Erbil unless key ministries were shared fairly with the KDP. The remarks came weeks after "
     "the Kurdistan Region's parliamentary election."),

    ("person", "Sirajuddin Haqqani",
     "Taliban interior minister meets UAE president in Abu Dhabi\n\n"
     "Sirajuddin Haqqani, the Taliban's acting interior minister who is wanted by the FBI, met United Arab "
     "Emirates President Sheikh Mohamed bin Zayed in Abu Dhabi, according to state news agency WAM. It was a "
     "rare public trip abroad for the Afghan official.",
     "Serajuddin Haqqani",
     "Afghan interior minister makes rare foreign trip to the Emirates\n\n"
     "Afghanistan's acting interior minister Serajuddin Haqqani held talks with the UAE leadership during a visit "
     "to Abu Dhabi, the Taliban administration in Kabul said. The United States has offered a reward of up to "
     "$10 million for information leading to his arrest."),

    ("person", "Bilawal Bhutto Zardari",
     "PPP to back coalition but stay out of cabinet\n\n"
     "Pakistan Peoples Party chairman Bilawal Bhutto Zardari said his party would support a PML-N-led government "
     "in parliament without taking ministries. He spoke in Islamabad after the February general election "
     "produced a hung National Assembly.",
     "Bilawal Bhutto-Zardari",
     "PPP leader rules out ministries for his party\n\n"
     "The Pakistan Peoples Party will vote for a Pakistan Muslim League-Nawaz candidate for prime minister but "
     "will not join the federal cabinet, PPP chief Bilawal Bhutto-Zardari told reporters in Islamabad. The "
     "February 8 polls left no party with a majority."),

    ("group", "Izz ad-Din al-Qassam Brigades",
     "Hamas armed wing says fighters attacked Israeli troops in Gaza City\n\n"
     "The Izz ad-Din al-Qassam Brigades, Hamas's military wing, said its fighters fired anti-tank rockets at "
     "Israeli armoured vehicles in the Shejaiya neighbourhood of Gaza City. The Israeli military said it was "
     "operating in the area.",
     "Ezzedine al-Qassam Brigades",
     "Hamas military wing claims attack in Shejaiya\n\n"
     "The Ezzedine al-Qassam Brigades said in a Telegram statement that they had targeted Israeli tanks in "
     "eastern Gaza City's Shejaiya district. There was no immediate comment from the Israeli army on the claim."),

    ("group", "Tehreek-e-Labbaik Pakistan",
     "Police clash with Islamist marchers heading for Islamabad\n\n"
     "Supporters of Tehreek-e-Labbaik Pakistan clashed with police in Lahore as the far-right party tried to "
     "march on the capital over Gaza, officials said. Authorities blocked highways with shipping containers and "
     "suspended mobile internet in parts of Punjab.",
     "Tehrik-i-Labbaik Pakistan",
     "Religious party's march halted near Lahore\n\n"
     "Punjab authorities said they had stopped a procession by Tehrik-i-Labbaik Pakistan (TLP) workers heading "
     "towards Islamabad, with several police officers injured in the violence. Roads around Lahore were sealed "
     "and mobile data services suspended."),

    ("group", "Gorran Movement",
     "Kurdish opposition party to contest election alone\n\n"
     "The opposition Gorran Movement said it would run its own list in the Kurdistan Region's parliamentary "
     "election rather than join an alliance. The party, founded by Nawshirwan Mustafa in 2009, has lost much of "
     "its support since the 2018 vote.",
     "Goran Movement",
     "Change party fields candidates for Kurdistan Region vote\n\n"
     "The Goran Movement submitted its candidate list to Iraq's electoral commission for the Kurdistan Region's "
     "parliamentary polls, party officials said. Goran was once the region's main opposition force after "
     "breaking away from the Patriotic Union of Kurdistan."),

    ("group", "Zainabiyoun Brigade",
     "US sanctions Pakistani militia fighting in Syria\n\n"
     "The US Treasury designated the Zainabiyoun Brigade, a group of Pakistani Shia fighters recruited by Iran's "
     "Revolutionary Guards to fight in Syria, under counterterrorism authorities. Many of its members were drawn "
     "from Parachinar in Pakistan's Kurram district.",
     "Zeinabiyoun Brigade",
     "Treasury blacklists Iran-backed Pakistani fighters\n\n"
     "Washington imposed sanctions on the Zeinabiyoun Brigade, accusing the IRGC-Quds Force of using the "
     "Pakistani militia to prop up the Syrian government. Pakistan's foreign ministry had no immediate comment."),

    ("place", "Kandahar",
     "Taliban leader holds meeting with provincial governors\n\n"
     "The Taliban's reclusive supreme leader convened provincial governors in the southern city of Kandahar, a "
     "spokesman said, underscoring the city's role as the movement's power centre. Officials from Kabul "
     "travelled to attend the closed-door meeting.",
     "Qandahar",
     "Afghan governors summoned to southern city\n\n"
     "Governors from across Afghanistan gathered in Qandahar for a three-day meeting chaired by the Taliban's "
     "supreme leader, according to the Bakhtar news agency. The city, birthplace of the Taliban movement, has "
     "increasingly eclipsed Kabul as the seat of decision-making."),

    ("place", "Khan Younis",
     "Israeli forces order evacuation of eastern parts of southern Gaza city\n\n"
     "The Israeli military ordered residents of eastern Khan Younis in southern Gaza to move to the coastal area "
     "of al-Mawasi ahead of new operations. The UN said tens of thousands of people were affected by the order.",
     "Khan Yunis",
     "Thousands flee after new Israeli evacuation order\n\n"
     "Families in the southern Gaza city of Khan Yunis packed belongings onto donkey carts after the Israeli army "
     "issued fresh evacuation orders, directing them to Mawasi on the coast. UN agencies warned that the "
     "designated area was already overcrowded."),

    ("place", "Sulaimaniyah",
     "Drone strike hits airport in Iraq's Kurdistan Region\n\n"
     "A drone struck Sulaimaniyah International Airport in the Kurdistan Region of Iraq, causing a fire but no "
     "casualties, the airport authority said. Officials of the Patriotic Union of Kurdistan blamed Turkey; "
     "Ankara did not comment.",
     "Sulaymaniyah",
     "Explosion near northern Iraq airport blamed on Turkish drone\n\n"
     "An explosion close to the perimeter of Sulaymaniyah airport in northern Iraq was caused by a drone, local "
     "security officials said, adding that no one was hurt. Kurdish officials in the city accused Turkey of "
     "carrying out the strike."),

    ("place", "Bandar Abbas",
     "Huge explosion rocks Iran's largest container port\n\n"
     "A massive blast at Shahid Rajaee port near Bandar Abbas killed dozens of people and injured hundreds, "
     "Iranian officials said. The port, on the Strait of Hormuz, handles most of Iran's container traffic.",
     "Bandar-e Abbas",
     "Death toll rises after blast at Shahid Rajaei port\n\n"
     "Iran's state media said the explosion at the Shahid Rajaei container port in Bandar-e Abbas, Hormozgan "
     "province, was likely caused by chemicals stored at the site. Rescue teams were still battling fires on "
     "Sunday."),

    # ---- Other languages ----
    ("person", "Dmitry Medvedev",
     "Kremlin hawk warns West over long-range missiles for Ukraine\n\n"
     "Dmitry Medvedev, deputy chairman of Russia's Security Council, said on Telegram that supplying Kyiv with "
     "long-range weapons risked a direct confrontation with NATO. The former Russian president has become one "
     "of Moscow's most hawkish voices since 2022.",
     "Dmitri Medvedev",
     "Former Russian president issues new nuclear threat\n\n"
     "Dmitri Medvedev, who served as Russia's president from 2008 to 2012, wrote that Moscow could respond with "
     "any weapons if Western missiles struck Russian territory. He now serves as deputy head of Russia's "
     "Security Council."),

    ("person", "Tsai Ing-wen",
     "Taiwan's president transits US despite Beijing's warnings\n\n"
     "Taiwanese President Tsai Ing-wen arrived in New York on a stopover en route to Guatemala and Belize, "
     "drawing a protest from China. Beijing has warned against any meeting with the speaker of the US House of "
     "Representatives.",
     "Cai Yingwen",
     "China condemns Taiwan leader's 'transit' through United States\n\n"
     "China's Taiwan Affairs Office said Taiwan leader Cai Yingwen's stopover in New York was a provocation and "
     "warned of resolute countermeasures. She is travelling to Guatemala and Belize, two of the island's "
     "remaining diplomatic allies."),

    ("person", "Lee Jae-myung",
     "Democratic Party candidate wins South Korean presidential election\n\n"
     "Liberal candidate Lee Jae-myung of the Democratic Party won South Korea's snap presidential election, held "
     "after his predecessor was removed over a short-lived martial law declaration. He was sworn in the "
     "following day in Seoul.",
     "Lee Jae Myung",
     "South Korea's new president takes office\n\n"
     "Lee Jae Myung was inaugurated at the National Assembly in Seoul hours after the National Election "
     "Commission confirmed his victory in the June 3 vote. The Democratic Party leader pledged to revive the "
     "economy and ease tensions with North Korea."),

    ("person", "Thaksin Shinawatra",
     "Former Thai leader returns after 15 years in exile\n\n"
     "Former Thai prime minister Thaksin Shinawatra landed at Bangkok's Don Mueang airport and was taken to the "
     "Supreme Court, which ordered him to serve an eight-year prison term. His return came hours before "
     "parliament voted on a new prime minister.",
     "Thaksin Chinnawat",
     "Ousted premier jailed on arrival in Bangkok\n\n"
     "Former prime minister Thaksin Chinnawat was sent to Bangkok Remand Prison after arriving from Singapore on "
     "a private jet, ending years of self-imposed exile. Supporters of the Pheu Thai Party gathered at the "
     "airport to greet him."),

    ("person", "Devlet Bahçeli",
     "Turkish nationalist leader makes overture to jailed PKK founder\n\n"
     "Devlet Bahçeli, leader of the Nationalist Movement Party (MHP) and a key ally of Turkey's president, said "
     "the imprisoned founder of the Kurdistan Workers' Party could address parliament if he announced the "
     "group's dissolution.",
     "Devlet Bahceli",
     "MHP chief's surprise call stirs debate in Ankara\n\n"
     "MHP chairman Devlet Bahceli's call for the jailed PKK leader to declare an end to the insurgency drew mixed "
     "reactions in the Turkish parliament. The pro-Kurdish DEM Party welcomed the remarks cautiously."),

    ("person", "Muhammadu Buhari",
     "Former Nigerian president dies in London\n\n"
     "Muhammadu Buhari, who led Nigeria as a military ruler in the 1980s and as elected president from 2015 to "
     "2023, has died at a London clinic aged 82, his spokesman said. The presidency ordered flags flown at "
     "half-mast across Nigeria.",
     "Muhammad Buhari",
     "Ex-Nigerian leader buried in hometown Daura\n\n"
     "The remains of former Nigerian president Muhammad Buhari were laid to rest in his hometown of Daura in "
     "Katsina State, following Islamic rites. Thousands of mourners and dignitaries attended the burial."),

    ("person", "Olusegun Obasanjo",
     "Former president urges Nigerian leaders to tackle insecurity\n\n"
     "Former Nigerian president Olusegun Obasanjo told a conference in Abeokuta that the country's political "
     "class had failed to address kidnappings and banditry. He ruled Nigeria from 1999 to 2007 and called for a "
     "review of the 1999 constitution.",
     "Olúṣẹ́gun Ọbásanjọ́",
     "Ex-head of state calls for new Nigerian constitution\n\n"
     "Former head of state Olúṣẹ́gun Ọbásanjọ́ said in Abẹ́òkúta, Ogun State, that insecurity and corruption "
     "demanded a fresh constitution for Nigeria. He spoke at an event at his presidential library."),

    ("person", "Luiz Inácio Lula da Silva",
     "Lula sworn in for third term as Brazil's president\n\n"
     "Luiz Inácio Lula da Silva was sworn in as Brazil's president in Brasília on Sunday, completing a political "
     "comeback after his 2018 imprisonment. His predecessor skipped the ceremony and flew to the United States.",
     "Luiz Inacio Lula da Silva",
     "Brazil's leftist leader takes office, pledges to rebuild country\n\n"
     "Luiz Inacio Lula da Silva received the presidential sash from a group of ordinary citizens in Brasilia "
     "after the outgoing president left the country. Tens of thousands of supporters packed the Esplanada dos "
     "Ministerios."),

    ("group", "Kuomintang",
     "Taiwan's main opposition party elects new chairwoman\n\n"
     "The Kuomintang, Taiwan's main opposition party, elected former lawmaker Cheng Li-wun as its chair, the "
     "party said on Saturday. The party favours closer ties with Beijing.",
     "Guomindang",
     "Cheng Li-wun to lead Taiwan opposition party\n\n"
     "Cheng Li-wun won the chairmanship of the Guomindang in a party vote, pledging to pursue peace across the "
     "Taiwan Strait. Chinese leader Xi Jinping sent her a congratulatory message."),

    ("group", "Komeito",
     "Junior partner quits Japan's ruling coalition\n\n"
     "Komeito, the Buddhist-backed party that has governed alongside the Liberal Democratic Party for most of the "
     "past 26 years, said it was leaving the coalition after new LDP leader Sanae Takaichi failed to address its "
     "concerns over political funding.",
     "Kōmeitō",
     "Coalition partner ends alliance with LDP\n\n"
     "Kōmeitō leader Tetsuo Saito told Sanae Takaichi that his party would no longer back the Liberal Democratic "
     "Party in government, citing the LDP's slush-fund scandal. The split throws Takaichi's bid to become prime "
     "minister into doubt."),

    ("group", "Nahdlatul Ulama",
     "Indonesia's largest Muslim group marks centenary\n\n"
     "Nahdlatul Ulama, Indonesia's largest Islamic organisation, celebrated its 100th anniversary with a mass "
     "gathering in Sidoarjo, East Java, attended by President Joko Widodo.",
     "Nahdatul Ulama",
     "Hundreds of thousands join Muslim organisation's centenary in East Java\n\n"
     "Members of Nahdatul Ulama packed a stadium in Sidoarjo to mark a century since the founding of the "
     "moderate organisation, which claims tens of millions of followers. Indonesian President Joko Widodo "
     "addressed the crowd."),

    ("place", "Mogadishu",
     "Car bomb kills several in Somali capital\n\n"
     "A car bomb exploded near a busy junction in Mogadishu, killing at least five people, Somali police said. "
     "Islamist insurgents have frequently targeted the city's checkpoints and hotels.",
     "Muqdisho",
     "Bomb blast in Somalia's capital kills at least five\n\n"
     "At least five people died when an explosives-laden vehicle detonated near the KM4 junction in Muqdisho, a "
     "police spokesman said. Somalia's federal government blamed Islamist militants."),

    ("place", "Bahir Dar",
     "Fighting erupts in Ethiopia's Amhara regional capital\n\n"
     "Heavy gunfire was heard in Bahir Dar, the capital of Ethiopia's Amhara region, as Fano militiamen clashed "
     "with federal troops, residents said. The government declared a state of emergency in the region.",
     "Bahar Dar",
     "Fano fighters battle army in Amhara city\n\n"
     "Residents of Bahar Dar reported clashes between the Ethiopian National Defence Force and Fano militia, "
     "with internet access cut in the Amhara regional capital. Addis Ababa announced a six-month state of "
     "emergency."),

    ("place", "Dar es Salaam",
     "Tanzania imposes curfew after election protests\n\n"
     "Tanzanian police imposed a night curfew in Dar es Salaam after protesters took to the streets over the "
     "October 29 general election, which opposition leaders said was neither free nor fair. Internet access was "
     "restricted across the country.",
     "Dar-es-Salaam",
     "Curfew declared as post-poll unrest spreads in Tanzania\n\n"
     "Authorities in Dar-es-Salaam ordered residents to stay indoors from 6pm after demonstrators clashed with "
     "security forces following Tanzania's presidential and parliamentary vote. The main opposition party, "
     "Chadema, was barred from the election."),

    ("place", "Sittwe",
     "Arakan Army closes in on Rakhine state capital\n\n"
     "The Arakan Army, an ethnic armed group fighting Myanmar's military, has captured towns surrounding "
     "Sittwe, the capital of Rakhine state, raising fears of an assault on the port city. Residents said food "
     "prices had soared as roads were cut.",
     "Sittway",
     "Residents flee western Myanmar port city as fighting nears\n\n"
     "Thousands of people have left Sittway, the capital of Myanmar's Rakhine state, as Arakan Army fighters "
     "advanced on the junta-held city, local media reported. The military has reinforced positions along the "
     "coast."),
]

BLIND16_MUST_NOT_MERGE = [
    # ---- Arabic / Persian / Kurdish / Pashto / Urdu ----
    ("person", "Nechirvan Barzani",
     "Kurdistan Region president holds talks in Ankara\n\n"
     "Nechirvan Barzani, president of Iraq's Kurdistan Region, held talks with Turkish officials in Ankara on "
     "resuming oil exports through the Iraq-Turkey pipeline. He also discussed security cooperation along the "
     "border.",
     "Masrour Barzani",
     "KRG prime minister signs energy deals in Washington\n\n"
     "Masrour Barzani, prime minister of the Kurdistan Regional Government, met US officials in Washington to "
     "discuss energy investment and salary payments for public employees in Erbil. He signed agreements with "
     "two American energy companies."),

    ("person", "Nawaz Sharif",
     "Former Pakistani PM returns after four years in exile\n\n"
     "Former Pakistani prime minister Nawaz Sharif landed in Islamabad from Dubai and addressed a rally in "
     "Lahore, ending four years of self-exile in London. The three-time premier leads the Pakistan Muslim "
     "League party.",
     "Maryam Nawaz",
     "Punjab gets its first woman chief minister\n\n"
     "Maryam Nawaz was sworn in as chief minister of Punjab, Pakistan's most populous province, becoming the "
     "first woman to hold the post. She was elected by the provincial assembly in Lahore after the February "
     "election."),

    ("person", "Anas Haqqani",
     "Taliban prisoners freed in exchange for Western hostages\n\n"
     "Anas Haqqani, a senior member of the Haqqani network, was released from an Afghan government prison along "
     "with two other Taliban commanders in exchange for American and Australian university teachers held by the "
     "insurgents. The prisoners were flown to Qatar, officials said.",
     "Jalaluddin Haqqani",
     "Haqqani network founder dead, Taliban say\n\n"
     "The Afghan Taliban announced the death of Jalaluddin Haqqani, the founder of the militant network that "
     "bears his name, after a long illness. The former anti-Soviet mujahideen commander was once courted by the "
     "CIA."),

    ("place", "Tripoli",
     "Clashes erupt between armed groups in Libyan capital\n\n"
     "Heavy fighting broke out in Tripoli between rival militias after the killing of a prominent armed group "
     "commander, Libya's Government of National Unity said. The UN Support Mission in Libya called for an "
     "immediate ceasefire.",
     "Tripoli",
     "Gunfire in northern Lebanese city as army deploys\n\n"
     "The Lebanese army deployed in the port city of Tripoli after gunmen exchanged fire in the Bab al-Tabbaneh "
     "and Jabal Mohsen districts, a security source said. The city is Lebanon's second-largest."),

    ("group", "Ansar al-Islam",
     "Kurdish forces arrest Islamist suspects near Iranian border\n\n"
     "Security forces in Iraq's Kurdistan Region said they had detained members of Ansar al-Islam, the Islamist "
     "group that controlled villages near the Iranian border before the 2003 US-led invasion. The arrests took "
     "place in Halabja province.",
     "Ansarul Islam",
     "Jihadists kill soldiers in northern Burkina Faso\n\n"
     "Ansarul Islam, a jihadist group founded in Burkina Faso's Soum province, is suspected of an ambush that "
     "killed several soldiers near Djibo, army sources said. The group operates alongside al-Qaeda's Sahel "
     "affiliate JNIM."),

    # ---- Other languages ----
    ("person", "Vitali Klitschko",
     "Kyiv mayor says capital needs more air defences\n\n"
     "Vitali Klitschko, the mayor of Kyiv, said Russian drone and missile strikes had damaged power "
     "infrastructure in several districts and urged allies to send more air-defence systems. The former boxing "
     "champion has led the Ukrainian capital since 2014.",
     "Wladimir Klitschko",
     "Ex-heavyweight champion urges Western support at Munich conference\n\n"
     "Former heavyweight boxing champion Wladimir Klitschko told the Munich Security Conference that Ukraine "
     "needed long-term military support to resist Russia's invasion. He joined Ukraine's territorial defence "
     "forces in 2022."),

    ("person", "Yingluck Shinawatra",
     "Former Thai PM flees country ahead of court verdict\n\n"
     "Former Thai prime minister Yingluck Shinawatra failed to appear at Bangkok's Supreme Court for a verdict "
     "in a negligence case over a rice subsidy scheme, and sources said she had left the country. The court "
     "issued a warrant for her arrest.",
     "Paetongtarn Shinawatra",
     "Thai court removes prime minister over leaked phone call\n\n"
     "Thailand's Constitutional Court dismissed Paetongtarn Shinawatra as prime minister over a leaked phone "
     "call with Cambodia's Senate president, ruling that she had breached ethical standards. Her Pheu Thai Party "
     "must now seek a new candidate in parliament."),

    ("person", "Jarosław Kaczyński",
     "Polish opposition leader leads protest in Warsaw\n\n"
     "Jarosław Kaczyński, chairman of the Law and Justice (PiS) party, addressed thousands of supporters in "
     "Warsaw protesting against Prime Minister Donald Tusk's government. He accused the ruling coalition of "
     "violating the constitution in its takeover of public media.",
     "Lech Kaczyński",
     "Poland marks anniversary of Smolensk air disaster\n\n"
     "Poles laid wreaths in Warsaw to remember President Lech Kaczyński and 95 others killed when their plane "
     "crashed near Smolensk, Russia, in April 2010. The president and his wife Maria are buried at Wawel "
     "Cathedral in Kraków."),

    ("place", "Córdoba",
     "Heatwave pushes temperatures above 44C in southern Spain\n\n"
     "The Andalusian city of Córdoba recorded temperatures above 44C as Spain's weather agency AEMET issued red "
     "alerts across the Guadalquivir valley. Residents were urged to stay indoors during the afternoon.",
     "Córdoba",
     "Argentina battles wildfires in central province\n\n"
     "Firefighters battled wildfires in the hills of Córdoba province in central Argentina, where strong winds "
     "forced the evacuation of several towns, provincial authorities said. Planes were sent from Buenos Aires "
     "to help."),

    ("group", "Janata Dal (United)",
     "Bihar chief minister rejoins BJP-led alliance\n\n"
     "Bihar Chief Minister Nitish Kumar's Janata Dal (United) returned to the BJP-led National Democratic "
     "Alliance, quitting the opposition INDIA bloc months before the general election. Kumar was sworn in again "
     "as chief minister in Patna.",
     "Janata Dal (Secular)",
     "Karnataka regional party allies with BJP\n\n"
     "The Janata Dal (Secular), led by former prime minister H.D. Deve Gowda, formally joined the BJP-led NDA "
     "ahead of the Lok Sabha elections, party leader H.D. Kumaraswamy said in Bengaluru."),
]


# blind17: 30 + 10 pairs written by a helper that read no linking rule and ran no benchmark (stop 56)

BLIND17_VARIANTS = [
    # ---- Persian ----
    ("person", "Ahmad Vahidi",
     "Iran says runoff turnout topped expectations\n\n"
     "Interior Minister Ahmad Vahidi told state television on Saturday that polling stations in Tehran stayed open two extra hours because of long queues. "
     "Ahmad Vahidi said final figures for the parliamentary runoff would be released by the Guardian Council once counting ends in Isfahan and the capital.",
     "Ahmad Vahedi",
     "Tehran extends voting hours in parliamentary runoff\n\n"
     "Iran's interior ministry kept polls open late on Saturday as officials reported crowded stations in the capital. "
     "Minister Ahmad Vahedi, speaking on state TV, credited young voters for the turnout and said the Guardian Council would certify results after ballots from Isfahan and Tehran were tallied."),
    ("person", "Mohammad Eslami",
     "Iran atomic chief says IAEA talks will continue\n\n"
     "Mohammad Eslami, head of the Atomic Energy Organization of Iran, said on Wednesday that technical talks with the International Atomic Energy Agency would resume in Vienna next month. "
     "Eslami told reporters in Tehran that inspectors' access to the Fordow site remained a matter for the Supreme National Security Council.",
     "Mohammad Islami",
     "Tehran to resume technical talks with UN nuclear watchdog\n\n"
     "Iran's nuclear agency chief Mohammad Islami announced on Wednesday a new round of talks with the IAEA in Vienna. "
     "Speaking on the sidelines of a cabinet meeting in Tehran, Mohammad Islami said any decision on inspectors' visits to Fordow rested with the Supreme National Security Council, not with his organisation."),
    ("club", "Foolad",
     "Late winner lifts Foolad past Sepahan\n\n"
     "Foolad came from behind to beat Sepahan 2-1 in Ahvaz on Friday, moving level on points with the Persian Gulf Pro League leaders. "
     "The home side's equaliser arrived just after the break, and a stoppage-time header sealed the win for Foolad in front of a near-capacity crowd.",
     "Fulad",
     "Fulad stun Sepahan with stoppage-time header\n\n"
     "Ahvaz side Fulad rallied to defeat Sepahan 2-1 on Friday in the Persian Gulf Pro League. "
     "Sepahan led at half-time, but Fulad pulled level early in the second half and snatched victory deep into added time, a result that lifts the Khuzestan club into the title race."),
    # ---- Kurdish ----
    ("person", "Lahur Sheikh Jangi",
     "PUK rival detained after night of gunfire in Sulaimani\n\n"
     "Kurdish security forces arrested Lahur Sheikh Jangi on Friday after hours of clashes around a hotel in Sulaimani, officials of the Patriotic Union of Kurdistan said. "
     "Several people were wounded in the fighting. Supporters of the former PUK co-leader accused the party of settling political scores through the courts.",
     "Lahur Shaikh Jangi",
     "Arrest ends overnight clashes in Sulaimani\n\n"
     "Fighting in Sulaimani ended on Friday when forces loyal to the Patriotic Union of Kurdistan detained Lahur Shaikh Jangi, once co-president of the party. "
     "Residents reported heavy gunfire overnight near the Lalezar hotel. A court had issued a warrant against Lahur Shaikh Jangi, a cousin of the PUK leader, earlier in the week."),
    ("district", "Sheikh Maqsoud",
     "Clashes erupt on edge of Aleppo's Kurdish district\n\n"
     "Fighting broke out on Monday between government security forces and Kurdish Asayish units at checkpoints around Sheikh Maqsoud in Aleppo. "
     "Residents of Sheikh Maqsoud said mortar rounds landed near a school, and Syria's interior ministry announced a curfew. The Syrian Democratic Forces called for a return to the March agreement.",
     "Sheikh Maksoud",
     "Aleppo curfew after gunfire in Kurdish-run area\n\n"
     "Syria's interior ministry imposed a night curfew in parts of Aleppo on Monday after Kurdish fighters and government forces exchanged fire. "
     "The clashes centred on Sheikh Maksoud and the neighbouring Ashrafieh area. Local medics said shells hit Sheikh Maksoud overnight, while the Syrian Democratic Forces urged both sides to respect the March deal."),
    # ---- Arabic ----
    ("person", "Jibril Rajoub",
     "Palestinian FA presses FIFA over settlement clubs\n\n"
     "Jibril Rajoub, president of the Palestinian Football Association, on Thursday urged FIFA to suspend Israeli clubs based in West Bank settlements. "
     "Speaking in Zurich, Jibril Rajoub said the governing body had delayed a decision for too long and that the Palestinian national team still could not host games in Ramallah.",
     "Jibril Rajub",
     "Palestinian football chief demands FIFA ruling\n\n"
     "The head of Palestinian football, Jibril Rajub, told reporters in Zurich on Thursday that FIFA must rule on clubs playing in Israeli settlements. "
     "Jibril Rajub said Palestinian players faced travel restrictions that kept home matches out of Ramallah, and he accused the governing body of stalling."),
    ("town", "Qalqilya",
     "Two killed in Israeli raid on West Bank city\n\n"
     "Two Palestinians were killed on Tuesday during an Israeli army raid in Qalqilya, the Palestinian health ministry said. "
     "Troops surrounded a house in the east of the city and exchanged fire with gunmen. The Israeli military said it had arrested a suspect wanted over shootings near the Tulkarm road and that Qalqilya would remain under closure.",
     "Qalqiliya",
     "Israeli forces seal off city after deadly operation\n\n"
     "The Israeli army closed the entrances to Qalqiliya on Tuesday after an overnight operation in which two Palestinians were killed, according to the health ministry in Ramallah. "
     "Soldiers raided homes in the eastern quarter of Qalqiliya and detained one man, whom the military linked to attacks on the Tulkarm road."),
    ("person", "Murhaf Abu Qasra",
     "Syria says armed factions will join army within weeks\n\n"
     "Defence Minister Murhaf Abu Qasra said on Sunday that remaining armed factions in southern Syria would be folded into the new army within weeks. "
     "After meeting a Turkish military delegation in Damascus, Murhaf Abu Qasra said training programmes would begin in Homs and that holdouts in Daraa would face consequences.",
     "Marhaf Abu Qasra",
     "Damascus sets deadline for factions to merge into army\n\n"
     "Syria's defence minister, Marhaf Abu Qasra, gave armed groups in the south a deadline on Sunday to join the national army. "
     "Marhaf Abu Qasra spoke after talks with Turkish officers in Damascus, adding that new recruits would be trained at bases near Homs and that units in Daraa must hand over heavy weapons."),
    ("club", "Zamalek",
     "Zamalek edge Pyramids to reach Egypt Cup final\n\n"
     "Zamalek beat Pyramids 1-0 at Cairo International Stadium on Saturday to book a place in the Egypt Cup final. "
     "A first-half penalty proved decisive, and the White Knights held on after their goalkeeper saved a late header. Zamalek will face the winner of Sunday's semi-final in Alexandria.",
     "Zamalik",
     "White Knights into cup final after narrow win\n\n"
     "Zamalik reached the Egypt Cup final on Saturday with a 1-0 victory over Pyramids in Cairo. "
     "The only goal came from the penalty spot before half-time, and Pyramids pressed hard but could not find an equaliser. Zamalik's opponents in the final will be decided in Alexandria on Sunday."),
    ("company", "Asiacell",
     "Iraqi operator wins first 5G licence\n\n"
     "Iraq's Communications and Media Commission awarded Asiacell a licence on Tuesday to build the country's first fifth-generation mobile network. "
     "The operator said it would begin service in Baghdad and Basra next year. Asiacell, listed on the Iraq Stock Exchange, plans to spend several hundred million dollars on new towers.",
     "Asia Cell",
     "Telecom firm to roll out 5G in Baghdad and Basra\n\n"
     "Mobile operator Asia Cell secured a 5G licence from the Communications and Media Commission on Tuesday, Iraqi officials said. "
     "The company will launch the service first in Baghdad and Basra and expand to other provinces later. Shares of Asia Cell rose on the Iraq Stock Exchange after the announcement."),
    ("province", "Dhi Qar",
     "Protesters block roads in southern Iraq over power cuts\n\n"
     "Hundreds of protesters blocked main roads in Nasiriyah on Sunday as temperatures passed 50C and electricity supplies failed across Dhi Qar. "
     "The provincial governor promised extra fuel for generators. The electricity ministry in Baghdad blamed reduced gas imports for shortfalls that have hit Dhi Qar and neighbouring Basra.",
     "Thi Qar",
     "Governor pledges fuel as heat protests spread\n\n"
     "Demonstrators angered by long blackouts closed highways around Nasiriyah on Sunday, the capital of Thi Qar province. "
     "The governor of Thi Qar said emergency diesel would reach neighbourhood generators within days, while the electricity ministry in Baghdad pointed to falling gas supplies that have also hurt Basra."),
    # ---- Pashto / Urdu ----
    ("person", "Suhail Shaheen",
     "Taliban envoy says Doha talks on detainees were constructive\n\n"
     "Suhail Shaheen, who heads the Taliban's political office in Doha, said on Monday that talks with a US delegation had focused on prisoner releases and frozen central bank assets. "
     "Suhail Shaheen added that the Islamic Emirate wanted Qatar to remain the main channel for its contacts with Washington.",
     "Sohail Shaheen",
     "Taliban say Doha meeting with US covered prisoners, assets\n\n"
     "The Taliban's representative in Qatar, Sohail Shaheen, told reporters on Monday that his team had met American officials in Doha. "
     "According to Sohail Shaheen, the discussions covered detained citizens and Afghanistan's frozen reserves, and the Taliban hoped Qatar would keep mediating with Washington."),
    ("place", "Torkham",
     "Border crossing reopens after week-long closure\n\n"
     "Pakistani and Afghan officials reopened Torkham on Thursday, allowing hundreds of stranded lorries to cross between Khyber district and Jalalabad. "
     "Traders said perishable fruit had rotted while the border was shut. Customs staff at Torkham worked through the night to clear the backlog, the chamber of commerce in Peshawar said.",
     "Torkhum",
     "Trade resumes at Afghan border post\n\n"
     "Goods lorries began moving through Torkhum again on Thursday after Afghan and Pakistani authorities lifted a closure that lasted seven days. "
     "Exporters in Peshawar estimated losses in the millions of dollars, mostly from spoiled fruit bound for Jalalabad and Kabul. Officials said Torkhum would stay open around the clock until the queues cleared."),
    ("person", "Khawaja Asif",
     "Defence minister rejects opposition call for inquiry\n\n"
     "Pakistan's Defence Minister Khawaja Asif on Wednesday dismissed demands from Pakistan Tehreek-e-Insaf for a parliamentary inquiry into recent military operations. "
     "Addressing the National Assembly in Islamabad, Khawaja Asif said the armed forces had acted within the law and accused the opposition of politicising the deaths of soldiers in North Waziristan.",
     "Khwaja Asif",
     "Minister clashes with PTI lawmakers in National Assembly\n\n"
     "Heated exchanges broke out in the National Assembly in Islamabad on Wednesday as Khwaja Asif, the defence minister, refused an inquiry sought by Pakistan Tehreek-e-Insaf. "
     "Khwaja Asif told lawmakers the military's campaign in North Waziristan was lawful and that the opposition was exploiting soldiers' funerals."),
    ("group", "Pashtun Tahafuz Movement",
     "Banned rights group holds jirga near Peshawar\n\n"
     "The Pashtun Tahafuz Movement went ahead with a tribal jirga near Peshawar on Friday, days after the federal interior ministry declared it a proscribed organisation. "
     "Police in Khyber Pakhtunkhwa set up checkpoints on roads to the venue. Leaders of the Pashtun Tahafuz Movement called the ban an attack on peaceful dissent.",
     "Pashtun Tahaffuz Movement",
     "Thousands attend jirga called by outlawed Pashtun group\n\n"
     "Thousands of people gathered outside Peshawar on Friday for a jirga organised by the Pashtun Tahaffuz Movement, which the interior ministry outlawed this week. "
     "Provincial authorities in Khyber Pakhtunkhwa eventually allowed the meeting to proceed. The Pashtun Tahaffuz Movement said it would press its demands on missing persons and military operations."),
    # ---- Ukrainian / Russian ----
    ("person", "Ihor Klymenko",
     "Ukraine breaks up ring smuggling men across Moldovan border\n\n"
     "Interior Minister Ihor Klymenko said on Wednesday that police had detained 14 people in the Odesa region accused of charging men up to 10,000 dollars to cross illegally into Moldova. "
     "Ihor Klymenko said border guards and the SBU took part in the raids, which also covered Kyiv.",
     "Igor Klimenko",
     "Kiev says gang helped men evade mobilisation\n\n"
     "Ukrainian police arrested 14 suspects in the Odessa region on Wednesday over a scheme to smuggle conscription-age men into Moldova, Interior Minister Igor Klimenko said. "
     "According to Igor Klimenko, clients paid up to $10,000 each, and searches were also carried out in Kiev with help from the SBU security service."),
    # ---- Chinese ----
    ("town", "Kaohsiung",
     "TSMC starts volume production at southern Taiwan plant\n\n"
     "Taiwan Semiconductor Manufacturing Co began mass production of 2-nanometre chips at its new fab in Kaohsiung on Tuesday, the company said. "
     "The plant is part of a wider expansion in southern Taiwan, and city officials in Kaohsiung expect thousands of engineering jobs to follow.",
     "Gaoxiong",
     "Chipmaker TSMC launches 2nm output in southern city\n\n"
     "TSMC started large-scale production of 2-nanometre chips on Tuesday at a facility in Gaoxiong, in the south of the island of Taiwan. "
     "Local officials in Gaoxiong said the investment would create thousands of jobs, while analysts noted strong demand from artificial intelligence customers."),
    # ---- Korean ----
    ("town", "Chongjin",
     "North Korea refloats destroyer damaged in failed launch\n\n"
     "North Korea said on Thursday it had refloated and repaired a 5,000-tonne destroyer that capsized during a botched launch ceremony at the Chongjin shipyard. "
     "State news agency KCNA reported that Kim Jong Un visited Chongjin to inspect the warship before it was moved to Rajin for further work.",
     "Ch'ongjin",
     "Capsized North Korean warship back afloat, KCNA says\n\n"
     "The destroyer that rolled onto its side during a launch at Ch'ongjin last month has been righted and repaired, North Korea's KCNA said on Thursday. "
     "Kim Jong Un toured the shipyard in Ch'ongjin, the agency said, and the vessel will be towed to a dry dock in Rajin."),
    # ---- Thai ----
    ("town", "Hat Yai",
     "Thai police raid call-centre gang in southern city\n\n"
     "Police in Songkhla province arrested 23 people on Monday in a raid on a building in Hat Yai that officers said housed an online investment scam. "
     "Most of those detained were Thai, but four Malaysian nationals were also held. Investigators said the gang in Hat Yai had defrauded victims of more than 80 million baht.",
     "Haad Yai",
     "Scam centre busted in Songkhla, 23 held\n\n"
     "Thai authorities detained 23 suspects in Haad Yai on Monday, accusing them of running a fake investment platform that cheated victims out of over 80 million baht. "
     "The operation by Songkhla police also netted four Malaysians. Officers seized computers and bank books from the Haad Yai premises."),
    # ---- Vietnamese ----
    ("person", "Pham Minh Chinh",
     "Vietnam PM urges faster approval of chip investments\n\n"
     "Prime Minister Pham Minh Chinh told foreign investors in Hanoi on Friday that ministries must cut the time needed to approve semiconductor projects. "
     "Pham Minh Chinh said Vietnam aimed to train 50,000 chip engineers by 2030 and welcomed new pledges from South Korean and American companies.",
     "Phạm Minh Chính",
     "Prime minister vows red tape cuts for chipmakers\n\n"
     "Meeting business leaders in Hanoi on Friday, Prime Minister Phạm Minh Chính ordered ministries to speed up licensing for semiconductor plants. "
     "The government wants 50,000 engineers trained for the chip sector by 2030, Phạm Minh Chính said, as companies from South Korea and the United States announced fresh investment."),
    # ---- Turkish ----
    ("person", "Özgür Özel",
     "Opposition leader tells Istanbul rally the CHP will not back down\n\n"
     "Opposition leader Özgür Özel addressed tens of thousands of supporters in Istanbul on Sunday, vowing that the Republican People's Party would keep protesting until jailed mayors were released. "
     "Özgür Özel also called for early elections and accused the government of using the courts against the CHP.",
     "Ozgur Ozel",
     "CHP chief calls for snap polls at Istanbul rally\n\n"
     "Speaking to a large crowd in Istanbul on Sunday, Republican People's Party leader Ozgur Ozel demanded early elections and the release of detained opposition mayors. "
     "Ozgur Ozel said the CHP would continue its weekly rallies and accused the government of turning the judiciary into a political weapon."),
    # ---- Hebrew ----
    ("town", "Bnei Brak",
     "Ultra-Orthodox protesters block highway over draft arrests\n\n"
     "Thousands of ultra-Orthodox men blocked Highway 4 at Bnei Brak on Thursday to protest against arrests of yeshiva students who failed to report for military service. "
     "Police used water cannon to clear the road. Rabbis in Bnei Brak urged followers to keep resisting the draft despite the Supreme Court ruling.",
     "Bene Berak",
     "Police disperse Haredi draft protest\n\n"
     "Israeli police used water cannon on Thursday to break up a demonstration by Haredi men who shut Highway 4 near Bene Berak. "
     "The protesters were angered by the arrest of seminary students who ignored call-up orders. Community leaders in Bene Berak said they would not comply with the Supreme Court ruling on conscription."),
    # ---- Amharic ----
    ("town", "Dessie",
     "Fighting reported in Ethiopia's Amhara region\n\n"
     "Fano militiamen and Ethiopian federal troops fought on the outskirts of Dessie on Tuesday, residents said, forcing shops and schools to close. "
     "Telephone lines into Dessie were cut for several hours. The Amhara regional administration in Bahir Dar said the situation was under control.",
     "Dese",
     "Residents shelter as Fano and army clash\n\n"
     "Heavy gunfire echoed around Dese on Tuesday as Fano fighters battled Ethiopian army units, according to people in the town. "
     "Businesses shut and the phone network went down across Dese. Officials of the Amhara regional government in Bahir Dar insisted federal forces had repelled the attack."),
    # ---- Somali ----
    ("town", "Las Anod",
     "Somali president makes rare visit to disputed town\n\n"
     "President Hassan Sheikh Mohamud arrived in Las Anod on Monday, where local clan forces drove out Somaliland troops in 2023. "
     "He met leaders of the SSC-Khatumo administration, which Mogadishu now treats as a federal member state in the making. Somaliland's government in Hargeisa condemned the trip to Las Anod.",
     "Laascaanood",
     "Hargeisa protests as Somali president lands in disputed town\n\n"
     "Somalia's president, Hassan Sheikh Mohamud, flew into Laascaanood on Monday for talks with the SSC-Khatumo leadership. "
     "Laascaanood has been outside Somaliland's control since clan militias pushed its forces out in 2023. Officials in Hargeisa called the visit a violation of Somaliland's borders."),
    # ---- Hausa ----
    ("person", "Nasir El-Rufai",
     "Former Kaduna governor defects to opposition coalition\n\n"
     "Former Kaduna State governor Nasir El-Rufai said on Monday he had left the ruling All Progressives Congress to join the African Democratic Congress coalition. "
     "Speaking in Abuja, Nasir El-Rufai said the alliance would field a single candidate against President Bola Tinubu at the next election.",
     "Nasir el-Rufa'i",
     "Ex-governor quits APC, backs ADC alliance\n\n"
     "Nasir el-Rufa'i, who governed Kaduna for eight years, announced in Abuja on Monday that he was quitting the All Progressives Congress. "
     "Nasir el-Rufa'i said he would work with the African Democratic Congress to unite opponents of President Bola Tinubu before the general election."),
    # ---- Georgian ----
    ("club", "Torpedo Kutaisi",
     "Torpedo win Georgian Cup on penalties\n\n"
     "Torpedo Kutaisi beat Dinamo Tbilisi 4-3 in a penalty shootout on Saturday to lift the Georgian Cup after a goalless final in Batumi. "
     "The goalkeeper of Torpedo Kutaisi saved two spot-kicks. Dinamo had dominated possession but failed to convert several chances in extra time.",
     "Torpedo Kutaissi",
     "Torpedo edge Dinamo Tbilisi in cup final shootout\n\n"
     "The Georgian Cup went to Torpedo Kutaissi on Saturday after a 0-0 draw with Dinamo Tbilisi in Batumi was settled on penalties. "
     "Torpedo Kutaissi converted four of their kicks while their goalkeeper stopped two, ending Dinamo's hopes of a domestic double."),
    # ---- Armenian ----
    ("person", "Ararat Mirzoyan",
     "Armenia and Azerbaijan report progress on peace text\n\n"
     "Armenian Foreign Minister Ararat Mirzoyan said on Thursday that talks with his Azerbaijani counterpart Jeyhun Bayramov in Washington had narrowed differences on a draft peace treaty. "
     "Ararat Mirzoyan told reporters that border delimitation and transport links through southern Armenia remained the hardest issues.",
     "Ararat Mirzoian",
     "Yerevan calls Washington talks with Baku constructive\n\n"
     "Armenia's top diplomat, Ararat Mirzoian, met Azerbaijan's Jeyhun Bayramov in Washington on Thursday for another round of negotiations on a peace agreement. "
     "Ararat Mirzoian said the sides were closer on most articles but that delimitation of the border and transit routes across southern Armenia still needed work."),
    # ---- Hindi ----
    ("district", "Dantewada",
     "Seven security personnel killed in Maoist blast in Chhattisgarh\n\n"
     "Seven members of the District Reserve Guard were killed on Saturday when Maoist rebels detonated a roadside bomb under their vehicle in Dantewada, police said. "
     "The patrol was returning from an operation near the border with Bijapur. Chhattisgarh's chief minister said the deaths in Dantewada would not halt the campaign against the insurgents.",
     "Dantewara",
     "IED attack on police convoy leaves seven dead\n\n"
     "Suspected Maoists blew up a vehicle carrying District Reserve Guard personnel in Dantewara on Saturday, killing seven, officials in Chhattisgarh said. "
     "The convoy had been on an anti-insurgency operation along the Bijapur boundary. Security forces launched a search across Dantewara for the attackers."),
    # ---- Tamil ----
    ("town", "Thoothukudi",
     "VinFast opens electric car plant in Tamil Nadu\n\n"
     "Vietnamese carmaker VinFast began production at its new factory in Thoothukudi on Wednesday, with Tamil Nadu's industries minister attending the ceremony. "
     "The plant near Thoothukudi will assemble up to 50,000 vehicles a year at first, the company said, and is expected to employ several thousand local workers.",
     "Tuticorin",
     "VinFast starts rolling out EVs from Indian factory\n\n"
     "VinFast on Wednesday launched its first Indian assembly line in Tuticorin, Tamil Nadu. "
     "Company executives said the Tuticorin site would initially have capacity for 50,000 electric cars a year and create several thousand local jobs, while the state's industries minister praised the investment."),
    # ---- Bengali ----
    ("town", "Jashore",
     "Gold bars seized near Indian border\n\n"
     "Border Guard Bangladesh seized 18 gold bars from a motorcyclist near the Benapole checkpoint in Jashore on Friday, officials said. "
     "The man was arrested and handed over to police in Jashore. Investigators believe the gold was being smuggled to India through the Sharsha border area.",
     "Jessore",
     "BGB arrests suspected gold smuggler at Benapole\n\n"
     "A suspected smuggler was arrested on Friday with 18 gold bars hidden in his motorcycle near the Benapole land port in Jessore district, Border Guard Bangladesh said. "
     "A case has been filed at a police station in Jessore, and officers said the consignment was bound for India via Sharsha."),
]

BLIND17_MUST_NOT_MERGE = [
    # father and son who share names
    ("person", "Teodoro Obiang",
     "Equatorial Guinea president orders cabinet reshuffle\n\n"
     "President Teodoro Obiang replaced five ministers on Tuesday, state radio in Malabo announced, in the biggest shake-up of his government in two years. "
     "Teodoro Obiang, Africa's longest-serving head of state, named a new oil minister as output from ageing offshore fields declines.",
     "Teodoro Nguema Obiang Mangue",
     "Equatorial Guinea vice-president faces new asset sale in France\n\n"
     "A court in Paris on Tuesday approved the sale of further properties linked to Teodoro Nguema Obiang Mangue, the vice-president of Equatorial Guinea. "
     "Teodoro Nguema Obiang Mangue was convicted in France of laundering embezzled public funds, and officials in Malabo dismissed the latest ruling as foreign interference."),
    # two unrelated Ukrainian officials with the same surname
    ("person", "Dmytro Kuleba",
     "Former foreign minister to lead Kyiv security centre\n\n"
     "Dmytro Kuleba, who served as Ukraine's foreign minister until 2024, said on Monday he would head a new security research centre in Kyiv. "
     "Dmytro Kuleba told journalists the centre would advise European governments on long-term military and financial support for Ukraine.",
     "Oleksiy Kuleba",
     "Deputy PM unveils winter energy plan for Kyiv\n\n"
     "Deputy Prime Minister Oleksiy Kuleba presented a plan on Monday to protect Kyiv and other cities from blackouts this winter. "
     "Oleksiy Kuleba said the government would install additional generators at hospitals and water plants and would ask European partners for more air defence systems."),
    # a town vs a person whose surname is formed from it
    ("town", "Rafsanjan",
     "Earthquake damages homes in Kerman province\n\n"
     "A magnitude 5.4 earthquake struck Kerman province on Thursday, damaging dozens of homes in villages around Rafsanjan, Iran's crisis management agency said. "
     "Several people were treated for minor injuries. Pistachio farmers in Rafsanjan reported damage to irrigation wells and storage buildings.",
     "Faezeh Hashemi Rafsanjani",
     "Former Iranian lawmaker summoned by Tehran court\n\n"
     "Faezeh Hashemi Rafsanjani, a former member of parliament and daughter of the late president, was summoned by a Tehran court on Thursday over remarks in a recent interview, her lawyer said. "
     "Faezeh Hashemi Rafsanjani has previously served prison terms for what the judiciary called propaganda against the state."),
    # an Armenian province vs an Azerbaijani district across the border
    ("province", "Tavush",
     "Armenian villagers protest border handover\n\n"
     "Residents of Tavush blocked a road on Wednesday as Armenian border guards withdrew from positions under a delimitation deal with Azerbaijan. "
     "The government in Yerevan said the commission's work in Tavush would secure a lasting peace, but protesters accused it of giving up land without guarantees.",
     "Tovuz",
     "Azerbaijan reopens frontier road in Tovuz district\n\n"
     "Azerbaijani officials reopened a road along the Armenian border in Tovuz district on Wednesday, citing progress by the joint delimitation commission. "
     "Farmers in Tovuz said they hoped to return to fields they had avoided for decades because of sniper fire."),
    # two similarly named Syrian factions
    ("group", "Sultan Murad Division",
     "Turkish-backed faction folds into Syrian army\n\n"
     "The Sultan Murad Division, a Turkish-backed faction based north of Aleppo, formally joined Syria's new defence ministry on Saturday, its commander said. "
     "Fighters of the Sultan Murad Division will form part of an army corps responsible for the countryside around Azaz.",
     "Sultan Suleiman Shah Brigade",
     "Afrin residents demand faction hand back property\n\n"
     "Hundreds of Kurdish residents rallied in Afrin on Saturday, calling on the Sultan Suleiman Shah Brigade to leave homes and olive groves it took over after 2018. "
     "Protesters said the Sultan Suleiman Shah Brigade, which Washington sanctioned in 2023, still collects levies from farmers around Aleppo."),
    # a gas producer vs a bank carrying its name
    ("company", "Gazprom",
     "Russian gas giant posts drop in half-year profit\n\n"
     "Gazprom reported on Thursday that its net profit fell by more than a third in the first half of the year, weighed down by lower exports to Europe and higher taxes. "
     "The Russian gas producer said deliveries to China through the Power of Siberia pipeline reached a record.",
     "Gazprombank",
     "Russian lender raises deposit rates after central bank decision\n\n"
     "Gazprombank, one of Russia's largest lenders, increased rates on rouble deposits on Thursday after the Bank of Russia kept its key rate high. "
     "Gazprombank said it expected corporate lending to slow in the second half of the year as companies postpone investment."),
    # two Arab clubs whose names share a root
    ("club", "Al-Wahda",
     "Al-Wahda go top with win over Sharjah\n\n"
     "Al-Wahda climbed to the top of the UAE Pro League on Friday with a 3-1 home win over Sharjah in Abu Dhabi. "
     "Two goals in the final 15 minutes settled the match, and Al-Wahda now lead the table by a point ahead of next week's trip to Dubai.",
     "Al-Wehdat",
     "Al-Wehdat take Amman derby\n\n"
     "Al-Wehdat beat Al-Faisaly 2-0 in the Amman derby on Friday to move three points clear in the Jordanian Pro League. "
     "A packed King Abdullah II Stadium saw Al-Wehdat score once in each half, while Al-Faisaly finished the game with ten men."),
    # two road ministers with the same first name, same city, same day
    ("person", "Nitin Gadkari",
     "Centre announces new expressway funds for Bihar\n\n"
     "Union Road Transport Minister Nitin Gadkari said on Tuesday that the central government would spend 25,000 crore rupees on new expressways in Bihar. "
     "Speaking at a rally in Patna, Nitin Gadkari said work on the Patna-Purnia corridor would start before the end of the year.",
     "Nitin Nabin",
     "Bihar minister inspects Ganga bridge project\n\n"
     "Bihar's road construction minister Nitin Nabin inspected work on a new bridge over the Ganga in Patna on Tuesday and ordered contractors to finish the approach roads before the monsoon. "
     "Nitin Nabin said delays had pushed up costs and warned that firms missing deadlines would be blacklisted."),
    # two brothers with the same initials
    ("person", "M. K. Stalin",
     "Tamil Nadu expands free school breakfast scheme\n\n"
     "Chief Minister M. K. Stalin on Monday extended the free breakfast scheme to government-aided schools, launching the programme at a school in Madurai. "
     "M. K. Stalin said more than 300,000 additional pupils would receive meals and that the DMK government would fund the cost from the state budget.",
     "M. K. Alagiri",
     "Expelled DMK leader meets supporters in Madurai\n\n"
     "M. K. Alagiri, who was expelled from the DMK in 2014, met hundreds of his supporters at his residence in Madurai on Monday. "
     "M. K. Alagiri told reporters he had no plans to launch a party but would announce his political future after consulting followers across southern Tamil Nadu."),
    # two similarly named Druze armed groups
    ("group", "Rijal al-Karama",
     "Druze group says it will keep its weapons\n\n"
     "The Druze armed group Rijal al-Karama said on Sunday it would not disarm until Damascus guaranteed security in Suwayda province. "
     "A spokesman for Rijal al-Karama told reporters the movement was ready to coordinate with the interior ministry but would not hand over checkpoints on the road to Damascus.",
     "Sheikh al-Karama Forces",
     "Druze faction joins talks on Suwayda policing\n\n"
     "The Sheikh al-Karama Forces, a faction set up after the 2015 killing of cleric Wahid al-Balous, said on Sunday they had joined talks with the interior ministry on policing Suwayda. "
     "Commanders of the Sheikh al-Karama Forces said local men should staff any new police stations in the province."),
]


# blind18: 30 + 10 pairs written by a helper that read no linking rule and ran no benchmark (stop 59)

BLIND18_VARIANTS = [
    # ---------------- persons ----------------
    (
        "person",
        "Denys Shmyhal",
        "Shmyhal announces emergency funds for Kharkiv grid repairs\n\n"
        "Prime Minister Denys Shmyhal said on Tuesday that the government would release 2.4 billion hryvnias "
        "to restore power substations damaged by overnight drone strikes on Kharkiv. Speaking after a cabinet "
        "meeting in Kyiv, Shmyhal said repair crews would work around the clock. Denys Shmyhal added that "
        "mobile generators from EU partners were already on their way to the city.",
        "Denis Shmygal",
        "Kiev allocates funds for Kharkov power repairs\n\n"
        "Ukrainian Prime Minister Denis Shmygal said on Tuesday that his cabinet would allocate 2.4 billion "
        "hryvnias to repair electricity substations in Kharkov hit by drones. According to Denis Shmygal, work "
        "crews will operate around the clock, and generators supplied by European countries are already being "
        "delivered to the city. He made the remarks after a government meeting.",
    ),
    (
        "person",
        "Han Kuo-yu",
        "Speaker urges return to budget talks\n\n"
        "Legislative Speaker Han Kuo-yu on Friday urged lawmakers from all parties to resume negotiations on the "
        "central government budget after a week of protests outside the Legislative Yuan in Taipei. Han Kuo-yu "
        "said he would convene a cross-party meeting on Monday. The Kuomintang politician warned that further "
        "delays could hold up defence procurement.",
        "Han Guoyu",
        "Taiwan legislature head calls for resumption of budget negotiations\n\n"
        "Han Guoyu, head of the legislative body in China's Taiwan region, on Friday called on lawmakers to return "
        "to negotiations over the island's budget after days of protests outside the legislature. Han Guoyu said "
        "a meeting of party caucuses would be held on Monday. The Kuomintang figure said the deadlock could also "
        "delay planned arms purchases.",
    ),
    (
        "person",
        "Ri Sol-ju",
        "N. Korean leader's wife reappears after five-month absence\n\n"
        "Ri Sol-ju, the wife of North Korea's leader, attended a New Year performance at the May Day Stadium in "
        "Pyongyang, state media photos showed Wednesday, her first public appearance in five months. Seoul's "
        "unification ministry said it was watching whether Ri Sol-ju would resume a more active public role. "
        "She was seated beside the couple's daughter.",
        "Ri Sol Ju",
        "Respected General Secretary enjoys New Year performance\n\n"
        "The respected General Secretary enjoyed a New Year celebration performance at the May Day Stadium in "
        "Pyongyang together with his wife Ri Sol Ju and his beloved daughter, KCNA reported. Ri Sol Ju and the "
        "audience warmly applauded the performers, who presented songs extolling the great victories of the past "
        "year.",
    ),
    (
        "person",
        "Twan Mrat Naing",
        "Arakan Army chief vows to keep up pressure in Rakhine\n\n"
        "Arakan Army commander-in-chief Twan Mrat Naing said on Sunday that his troops would keep up pressure on "
        "junta positions around the Rakhine State capital. In a video address marking the group's founding "
        "anniversary, Twan Mrat Naing urged residents to stay away from military bases and called for "
        "humanitarian access to northern Rakhine.",
        "Tun Myat Naing",
        "AA leader marks anniversary, tells civilians to avoid bases\n\n"
        "Tun Myat Naing, the leader of the Arakan Army, used an anniversary speech on Sunday to say the ethnic "
        "armed group would maintain its pressure on regime troops near the Rakhine State capital. Tun Myat Naing "
        "told civilians to keep away from military installations and appealed for aid agencies to be allowed "
        "into the north of the state.",
    ),
    (
        "person",
        "Najib Mikati",
        "Mikati meets army commander on southern deployment\n\n"
        "Caretaker Prime Minister Najib Mikati met the Lebanese Army commander on Thursday to discuss sending "
        "additional troops south of the Litani River. Najib Mikati told reporters at the Grand Serail that the "
        "government remained committed to the ceasefire arrangements and would ask donor countries to help fund "
        "the army's expanded deployment.",
        "Najib Miqati",
        "Miqati: Lebanon committed to truce, seeks support for army\n\n"
        "Lebanon's caretaker premier Najib Miqati said on Thursday that his government remained committed to the "
        "ceasefire and would ask donors to finance the army's wider presence south of the Litani. Miqati spoke "
        "at the Grand Serail in Beirut after a meeting with the army commander on the pace of the deployment.",
    ),
    (
        "person",
        "Mansur Yavaş",
        "Ankara mayor Mansur Yavaş unveils new metro line plan\n\n"
        "Ankara Metropolitan Mayor Mansur Yavaş on Monday presented plans for a new metro line linking Dikmen to "
        "the city centre, saying construction could begin next year. Yavaş said financing talks with "
        "international lenders were at an advanced stage. Mansur Yavaş added that the line would serve around "
        "300,000 passengers a day.",
        "Mansur Yavas",
        "Ankara mayor presents metro expansion plan\n\n"
        "Ankara Mayor Mansur Yavas unveiled a plan on Monday for a metro line to the Dikmen district, adding that "
        "building work could start next year if financing is secured. Yavas, a prominent opposition figure, said "
        "talks with foreign lenders were well advanced and that the line would carry about 300,000 people a day.",
    ),
    (
        "person",
        "Khaleda Zia",
        "Former Bangladesh PM flown to London for treatment\n\n"
        "Former Bangladeshi prime minister Khaleda Zia left Dhaka on Tuesday night for London, where she will "
        "receive specialist medical treatment, her party said. The 79-year-old Bangladesh Nationalist Party "
        "chairperson travelled by air ambulance. Doctors treating Khaleda Zia said her liver and kidney ailments "
        "could not be fully managed at home.",
        "Begum Khaleda Zia",
        "Begum Khaleda Zia leaves for London by air ambulance\n\n"
        "BNP Chairperson Begum Khaleda Zia departed Hazrat Shahjalal International Airport for London on Tuesday "
        "night aboard an air ambulance for advanced treatment. Hundreds of party activists lined the airport road "
        "as the motorcade of Begum Khaleda Zia passed, while her medical board said she remained in stable "
        "condition.",
    ),
    (
        "person",
        "Velupillai Prabhakaran",
        "Police monitor Heroes' Day events in Sri Lanka's north\n\n"
        "Hundreds of people gathered in Kilinochchi and Mullaitivu on Wednesday to remember Tamil fighters killed "
        "in the civil war, a day after the birth anniversary of LTTE founder Velupillai Prabhakaran. Police said "
        "they were watching for any public display of images of Velupillai Prabhakaran, which remains banned. "
        "No arrests were reported.",
        "Velupillai Pirapaharan",
        "Maaveerar Naal observed across North-East despite police presence\n\n"
        "Thousands lit lamps at former cemeteries in Kilinochchi and Mullaitivu on Wednesday for Maaveerar Naal, "
        "a day after the birth anniversary of LTTE leader Velupillai Pirapaharan. Residents said police "
        "photographed participants and warned them against displaying portraits of Velupillai Pirapaharan, but "
        "the ceremonies passed without arrests.",
    ),
    (
        "person",
        "Aminu Ado Bayero",
        "Court fixes date for judgment in Kano emirate tussle\n\n"
        "The Federal High Court in Kano on Monday fixed a date for judgment in the suit challenging the repeal of "
        "the state emirates law, prolonging the standoff over the throne. Aminu Ado Bayero, who remains at the "
        "Nassarawa mini palace, was represented by his lawyers. Supporters of Aminu Ado Bayero gathered outside "
        "the court.",
        "Aminu Ado-Bayero",
        "Emirship: Court adjourns, to deliver judgment\n\n"
        "A Federal High Court sitting in Kano has adjourned the case over the repeal of the state emirates law "
        "and fixed a date to deliver judgment. The deposed emir, Aminu Ado-Bayero, who has stayed at the "
        "Nassarawa palace since his removal, was represented by counsel, while loyalists of Aminu Ado-Bayero "
        "chanted outside the premises.",
    ),
    (
        "person",
        "Gholamhossein Mohseni-Ejei",
        "Iran's judiciary chief pardons over 2,000 prisoners\n\n"
        "Iran's judiciary chief Gholamhossein Mohseni-Ejei on Sunday announced pardons or reduced sentences for "
        "more than 2,000 prisoners to mark the anniversary of the Islamic Revolution, state media reported. "
        "Mohseni-Ejei said the measure excluded anyone convicted of espionage or armed attacks, and that "
        "prisoners' families would be notified within a week.",
        "Gholam-Hossein Mohseni Ejehi",
        "Judiciary head announces clemency for inmates\n\n"
        "Gholam-Hossein Mohseni Ejehi, head of Iran's judiciary, said on Sunday that more than 2,000 inmates would "
        "be pardoned or have their terms reduced on the occasion of the revolution's anniversary. Gholam-Hossein "
        "Mohseni Ejehi said people convicted of spying or armed offences were not eligible, according to the "
        "judiciary's news agency.",
    ),
    # ---------------- groups ----------------
    (
        "group",
        "Ta'ang National Liberation Army",
        "TNLA to join China-brokered talks in Kunming\n\n"
        "The Ta'ang National Liberation Army said on Wednesday it would send a delegation to Kunming for a new "
        "round of ceasefire talks with the military regime under Chinese mediation. A spokesman for the Ta'ang "
        "National Liberation Army said fighting around Mogok and Kyaukme in northern Shan State had eased in "
        "recent days.",
        "Taang National Liberation Army",
        "Taang armed group confirms it will attend Kunming negotiations\n\n"
        "The Taang National Liberation Army (TNLA) confirmed it will attend ceasefire negotiations with Myanmar's "
        "junta in the Chinese city of Kunming. The group said clashes near Mogok and Kyaukme in northern Shan "
        "State had subsided, but warned that the Taang National Liberation Army would not withdraw from towns it "
        "controls.",
    ),
    (
        "group",
        "Hefazat-e-Islam",
        "Hefazat rallies in Dhaka against women's reform commission\n\n"
        "Thousands of supporters of Hefazat-e-Islam gathered at Suhrawardy Udyan on Saturday demanding that the "
        "interim government scrap the Women's Affairs Reform Commission. Leaders of Hefazat-e-Islam said the "
        "commission's recommendations on inheritance contradicted religious law and threatened a nationwide "
        "march if the body was not dissolved.",
        "Hefajat-e-Islam",
        "Hefajat holds grand rally, demands abolition of reform commission\n\n"
        "Hefajat-e-Islam on Saturday staged a large rally at the capital's Suhrawardy Udyan, calling on the "
        "interim government to dissolve the women's affairs reform commission. Speakers said proposals on "
        "inheritance went against Islamic law, and Hefajat-e-Islam leaders warned of a long march if the demand "
        "was ignored.",
    ),
    (
        "group",
        "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
        "Jihadists claim attack on Borno army base\n\n"
        "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad claimed responsibility for Sunday's assault on a military base "
        "at Wajiroko in Borno State in a video released on Tuesday. Security analysts said Jama'atu Ahlis Sunna "
        "Lidda'awati wal-Jihad had stepped up raids from the Sambisa forest in recent weeks, and the army said "
        "several soldiers were missing.",
        "Jama'atu Ahlus-Sunnah lid-Da'awati wal-Jihad",
        "JAS releases video of Wajiroko raid\n\n"
        "The jihadist group Jama'atu Ahlus-Sunnah lid-Da'awati wal-Jihad (JAS) has released a video claiming "
        "Sunday's attack on a military base at Wajiroko in Borno State. Analysts say the faction has intensified "
        "attacks from its Sambisa forest hideouts, while the Nigerian Army confirmed that some troops remained "
        "unaccounted for.",
    ),
    (
        "group",
        "Rusich",
        "Ukraine charges Rusich commanders over killing of POWs\n\n"
        "Ukrainian prosecutors on Thursday charged two commanders of Rusich, a Russian neo-Nazi sabotage unit, in "
        "absentia over the killing of captured Ukrainian soldiers in the Kharkiv region. Rusich, which posted "
        "images of the abuse on its Telegram channel, is already under EU and US sanctions.",
        "Rusych",
        "Prosecutors serve notices of suspicion on Rusych commanders\n\n"
        "The Prosecutor General's Office has served notices of suspicion in absentia on two commanders of the "
        "Russian neo-Nazi sabotage and assault group Rusych over the execution of Ukrainian prisoners of war in "
        "Kharkiv Oblast. According to investigators, Rusych fighters filmed the killings and published the "
        "footage online.",
    ),
    (
        "group",
        "Ülkü Ocakları",
        "Ülkü Ocakları marches in Kadıköy for Malazgirt anniversary\n\n"
        "Members of Ülkü Ocakları, the youth organisation linked to the Nationalist Movement Party (MHP), marched "
        "through Istanbul's Kadıköy district on Sunday to mark the anniversary of the Battle of Malazgirt. Police "
        "kept a heavy presence along the route, and Ülkü Ocakları officials said more than 10,000 people took "
        "part.",
        "Ulku Ocaklari",
        "Nationalist youth group marches in Istanbul\n\n"
        "Thousands of members of Ulku Ocaklari (Idealist Hearths), the youth group associated with Turkey's MHP, "
        "held a march in Istanbul's Kadikoy district on Sunday marking the anniversary of the 1071 Battle of "
        "Malazgirt. Organisers from Ulku Ocaklari put turnout above 10,000 and the event passed under tight "
        "police watch.",
    ),
    (
        "group",
        "Partiya Jiyana Azad a Kurdistanê",
        "PJAK says Iranian drones struck its positions near Qandil\n\n"
        "The Partiya Jiyana Azad a Kurdistanê (PJAK) said on Monday that Iranian drones had struck several of its "
        "positions near the Qandil mountains. In a statement, the Partiya Jiyana Azad a Kurdistanê said no "
        "fighters were killed but that a shepherd's house was damaged.",
        "Partiya Jiyana Azad a Kurdistane",
        "IRGC targets PJAK bases in northern Iraq\n\n"
        "Iran's Revolutionary Guards said on Monday they had carried out drone strikes on bases of the Partiya "
        "Jiyana Azad a Kurdistane, known as PJAK, near Qandil on the Iraqi side of the border. The Guards accused "
        "the Partiya Jiyana Azad a Kurdistane of planning attacks on Iranian border posts.",
    ),
    (
        "group",
        "Majlis Wahdat-e-Muslimeen",
        "MWM sit-ins enter fifth day in Karachi\n\n"
        "Sit-ins organised by the Majlis Wahdat-e-Muslimeen entered their fifth day in Karachi on Monday, "
        "disrupting traffic at Numaish and several other points. Leaders of the Majlis Wahdat-e-Muslimeen said "
        "the protests would continue until the main road to Kurram district was reopened and medicine supplies "
        "restored.",
        "Majlis Wahdat-ul-Muslimeen",
        "MWM vows to continue protests until Kurram road reopens\n\n"
        "The Majlis Wahdat-ul-Muslimeen has announced it will continue its sit-ins in Karachi, now in their fifth "
        "day, until the highway to Kurram district is reopened. A spokesman for the Majlis Wahdat-ul-Muslimeen "
        "said shortages of food and medicine in Kurram had become critical, as commuters faced long delays near "
        "Numaish.",
    ),
    # ---------------- places ----------------
    (
        "place",
        "Pul-e-Alam",
        "Taliban flog three people in Logar's capital\n\n"
        "The Taliban's Supreme Court said three people, including a woman, were publicly flogged in a sports "
        "stadium in Pul-e-Alam, the capital of Logar province, on Wednesday after being convicted of theft and "
        "'moral crimes'. Local officials and residents watched the punishment in Pul-e-Alam, the court said.",
        "Pul-i-Alam",
        "Three lashed in public in Logar\n\n"
        "Three people were flogged in public in Pul-i-Alam, the provincial centre of Logar, on Wednesday after "
        "being convicted of theft and moral offences, according to a statement from the Taliban's Supreme Court. "
        "The statement said provincial officials and residents of Pul-i-Alam attended.",
    ),
    (
        "place",
        "Burao",
        "Fire guts main market in Somaliland's Burao\n\n"
        "A fire tore through the main market in Burao, Somaliland's second-largest city, late on Friday, "
        "destroying dozens of shops, local officials said. Fire engines were sent from the capital to help "
        "contain the blaze. Traders in Burao estimated their losses at more than $2 million, and no deaths were "
        "reported.",
        "Burco",
        "Huge fire destroys Burco market\n\n"
        "Dozens of shops were destroyed when a blaze swept through the central market of Burco late on Friday. "
        "The mayor of Burco said fire engines were sent from the capital to help, and traders put their losses "
        "at more than two million dollars. No deaths were reported.",
    ),
    (
        "place",
        "Amuda",
        "Turkish drone strike near Amuda kills two\n\n"
        "A Turkish drone struck a car on the outskirts of Amuda in Syria's northeastern Hasakah province on "
        "Tuesday, killing two members of the Kurdish-led Syrian Democratic Forces, a war monitor said. The "
        "vehicle was hit on a road between Amuda and the Turkish border.",
        "Amûdê",
        "Two killed in Turkish drone attack on Amûdê\n\n"
        "Two fighters of the SDF were killed when a Turkish drone targeted a vehicle near Amûdê in the Cizîrê "
        "region on Tuesday, local sources said. The car was travelling on a road north of Amûdê towards the "
        "border when it was struck.",
    ),
    (
        "place",
        "Kinmen",
        "Chinese coast guard ships enter waters off Kinmen again\n\n"
        "Four China Coast Guard vessels entered restricted waters around Kinmen on Thursday morning, Taiwan's "
        "Coast Guard Administration said. The ships left after about two hours after being warned by Taiwanese "
        "patrol boats. Kinmen lies just a few kilometres off the Chinese city of Xiamen.",
        "Quemoy",
        "Chinese vessels sail into Quemoy's restricted waters\n\n"
        "Four Chinese coast guard ships sailed into the restricted waters of Quemoy, the Taiwan-controlled island "
        "group just off Xiamen, on Thursday, Taipei's coast guard said. The vessels departed after roughly two "
        "hours when Taiwanese patrol boats broadcast warnings. Quemoy was heavily shelled by China in the 1950s.",
    ),
    (
        "place",
        "Huliaipole",
        "Ukraine says assaults near Huliaipole repelled\n\n"
        "Ukraine's military said on Monday its troops had repelled 14 Russian assaults near Huliaipole in the "
        "Zaporizhzhia region over the past day. A spokesman said Russian units were trying to cut supply roads "
        "east of Huliaipole, and that remaining civilians were being evacuated from the town.",
        "Gulyaypole",
        "Russian troops press offensive toward Gulyaypole\n\n"
        "Russian units continued to advance in the Zaporozhye region on Monday, fighting on the eastern "
        "approaches to Gulyaypole, the Defence Ministry in Moscow said. According to the ministry, Ukrainian "
        "forces lost up to 90 servicemen near Gulyaypole over the past day as Russian troops sought to cut its "
        "supply routes.",
    ),
    (
        "place",
        "Debre Markos",
        "Curfew imposed in Debre Markos after clashes\n\n"
        "Authorities imposed a dusk-to-dawn curfew in Debre Markos, the main town of East Gojjam zone in "
        "Ethiopia's Amhara region, after heavy fighting between federal troops and militiamen on Sunday. "
        "Residents said banks and shops in Debre Markos remained closed on Monday and mobile internet was cut.",
        "Debre Marqos",
        "Debre Marqos under curfew following fighting\n\n"
        "A curfew was declared in Debre Marqos on Sunday evening after clashes between the Ethiopian National "
        "Defence Force and militia fighters in and around the East Gojjam town, according to local officials. "
        "Residents of Debre Marqos said businesses stayed shut the next day and phone data services were down.",
    ),
    (
        "place",
        "Marjayoun",
        "Lebanese army deploys more troops in Marjayoun area\n\n"
        "The Lebanese army said on Friday it had deployed additional units in the Marjayoun area of southern "
        "Lebanon under the ceasefire arrangements, setting up checkpoints on roads leading to the border. "
        "Residents of Marjayoun said they hoped the deployment would allow displaced families to return.",
        "Marjeyoun",
        "Army reinforces positions around Marjeyoun\n\n"
        "Lebanese troops on Friday reinforced positions around the southern town of Marjeyoun, erecting "
        "checkpoints along roads toward the Israeli border, the army said in a statement. Local officials in "
        "Marjeyoun said displaced residents were waiting for the deployment to be completed before going home.",
    ),
    (
        "place",
        "Sderot",
        "Rocket fired at Sderot intercepted, army says\n\n"
        "Sirens sounded in Sderot on Wednesday afternoon after a rocket was launched from the northern Gaza "
        "Strip, the Israeli military said, adding that it was intercepted. No injuries were reported in Sderot, "
        "though paramedics treated a woman for shock and schools in the town stayed closed.",
        "Sederot",
        "Rocket alert in Sederot; projectile intercepted\n\n"
        "A rocket launched from northern Gaza toward Sederot was intercepted on Wednesday afternoon, the army "
        "said. Magen David Adom said it treated one woman in Sederot for anxiety and that no other injuries were "
        "reported in the town, where schools remained shut.",
    ),
    (
        "place",
        "Tak Bai",
        "Bomb wounds two rangers in Narathiwat's Tak Bai\n\n"
        "Two paramilitary rangers were wounded when a roadside bomb exploded as their patrol passed in Tak Bai "
        "district of Narathiwat province on Thursday morning, police said. Security forces in Tak Bai cordoned "
        "off the area and are searching for the suspected insurgents.",
        "Takbai",
        "Roadside blast injures rangers in Takbai\n\n"
        "A bomb planted on a roadside went off beside a ranger patrol in Takbai, Narathiwat, on Thursday morning, "
        "injuring two, according to police. Officers in Takbai sealed off the scene and launched a search for the "
        "militants believed responsible for the attack.",
    ),
    # ---------------- clubs ----------------
    (
        "club",
        "Tractor",
        "Tractor beat Al-Rayyan to top AFC group\n\n"
        "Tractor moved to the top of their AFC Champions League Elite group with a 2-0 win over Qatar's "
        "Al-Rayyan at Tabriz's Yadegar-e Emam Stadium on Tuesday. Tractor scored once in each half in front of "
        "more than 60,000 fans, extending their unbeaten run in all competitions to nine games.",
        "Traktor",
        "Traktor down Al Rayyan in Tabriz\n\n"
        "Iranian champions Traktor beat Al Rayyan 2-0 in Tabriz on Tuesday to go top of their AFC Champions "
        "League Elite group. A crowd of over 60,000 watched Traktor score once in each half, and the Tabriz side "
        "are now unbeaten in nine matches.",
    ),
    (
        "club",
        "Muangthong United",
        "Muangthong United appoint Japanese head coach\n\n"
        "Thai League 1 side Muangthong United have appointed a Japanese head coach on a two-year contract "
        "following a poor start to the season, the club announced on Monday. Muangthong United, four-time "
        "league champions, sit 11th after eight matches and have won only twice.",
        "Muang Thong United",
        "Muang Thong United name new manager\n\n"
        "Muang Thong United on Monday named a Japanese coach as their new manager on a two-year deal after a "
        "disappointing opening to the Thai League 1 campaign. The four-time champions have won just two of their "
        "first eight matches, leaving Muang Thong United in 11th place.",
    ),
    (
        "club",
        "Saint George",
        "Saint George edge Fasil Kenema with late winner\n\n"
        "Saint George came from behind to beat Fasil Kenema 2-1 in the Ethiopian Premier League on Saturday, "
        "moving three points clear at the top of the table. Saint George's winner came in stoppage time from a "
        "header at the back post, sparking wild celebrations at Addis Ababa Stadium.",
        "Kidus Giorgis",
        "Kidus Giorgis grab stoppage-time win over Fasil Kenema\n\n"
        "Kidus Giorgis scored deep in stoppage time to beat Fasil Kenema 2-1 at Addis Ababa Stadium on Saturday "
        "and open a three-point lead in the Ethiopian Premier League. Fasil had led at the break before Kidus "
        "Giorgis levelled and then won it with a late header.",
    ),
    (
        "club",
        "Krylia Sovetov",
        "Krylia Sovetov stun Zenit in Samara\n\n"
        "Krylia Sovetov beat league leaders Zenit 1-0 at the Solidarnost Samara Arena on Saturday, ending the "
        "champions' six-match winning run. The only goal came ten minutes from time, and Krylia Sovetov held on "
        "despite a late red card for their captain.",
        "Krylya Sovetov",
        "Krylya Sovetov upset Zenit 1-0\n\n"
        "Samara's Krylya Sovetov ended league leaders Zenit's six-game winning streak with a 1-0 home victory at the Solidarnost Samara Arena in the Russian "
        "Premier League on Saturday. Krylya Sovetov scored in the 80th minute and defended the lead with ten men "
        "after their captain's late sending-off.",
    ),
]

BLIND18_MUST_NOT_MERGE = [
    (
        "person",
        "Farooq Abdullah",
        "Farooq Abdullah discharged from Srinagar hospital\n\n"
        "National Conference president Farooq Abdullah was discharged from a Srinagar hospital on Sunday after "
        "treatment for a chest infection, his party said. The 87-year-old veteran, who first became chief "
        "minister in 1982, has been advised rest for two weeks. Farooq Abdullah thanked doctors and well-wishers "
        "in a short video message.",
        "Omar Abdullah",
        "CM Omar Abdullah reviews flood relief in Jammu\n\n"
        "Jammu and Kashmir Chief Minister Omar Abdullah on Tuesday chaired a cabinet meeting in Jammu to review "
        "relief for families affected by flash floods in Kishtwar and Doda. Omar Abdullah directed officials to "
        "release compensation within a week and to restore damaged road links before winter.",
    ),
    (
        "person",
        "Sergei Kiriyenko",
        "Kremlin's Kiriyenko opens youth forum in Nizhny Novgorod\n\n"
        "Sergei Kiriyenko, first deputy head of the presidential administration, on Thursday opened a national "
        "youth forum in Nizhny Novgorod, telling participants that the state would expand grants for young "
        "entrepreneurs. Sergei Kiriyenko also met regional governors to discuss preparations for next year's "
        "elections.",
        "Vladimir Kiriyenko",
        "VK says Max messenger tops 30 million users\n\n"
        "Vladimir Kiriyenko, chief executive of the internet company VK, said on Tuesday that the national "
        "messenger Max had passed 30 million registered users. Speaking at a technology conference in Moscow, "
        "Vladimir Kiriyenko said VK would add payment and government-service features to the app next quarter.",
    ),
    (
        "person",
        "Kim Yong-chol",
        "Senior N. Korean official slams allied drills\n\n"
        "Kim Yong-chol, a veteran North Korean official and former spy chief, denounced upcoming joint military "
        "exercises by Seoul and Washington in a statement carried by state media on Sunday. Kim Yong-chol warned "
        "that the drills would be met with 'overwhelming countermeasures', according to the report.",
        "Kim Yong-bok",
        "Report names general leading N. Korean troops in Russia\n\n"
        "A South Korean intelligence report said General Kim Yong-bok, a deputy chief of the General Staff "
        "of the Korean People's Army, has been overseeing North Korean troops deployed to Russia's Kursk region. "
        "Kim Yong-bok was seen in photographs alongside Russian commanders, the report said.",
    ),
    (
        "place",
        "Beit Shemesh",
        "Beit Shemesh approves new neighbourhood\n\n"
        "The planning committee in Beit Shemesh, west of Jerusalem, on Monday approved a new neighbourhood of "
        "about 4,000 housing units on the city's southern edge. The mayor said the plan would ease pressure on "
        "young families, while residents' groups in Beit Shemesh warned that roads and schools were already "
        "overcrowded.",
        "Beit She'an",
        "Jordan Valley sizzles as Beit She'an hits 46 degrees\n\n"
        "Temperatures in Beit She'an reached 46 degrees Celsius on Wednesday, the highest in the country, the "
        "Israel Meteorological Service said. Municipal officials in Beit She'an opened air-conditioned shelters "
        "for elderly residents and urged farmers in the Jordan Valley to avoid outdoor work at midday.",
    ),
    (
        "place",
        "Saida",
        "Fishermen in Saida protest soaring fuel costs\n\n"
        "Dozens of fishermen blocked the seafront road in Saida, southern Lebanon's largest city, on Friday to "
        "protest against rising diesel prices. They said many boats in the old port of Saida had stayed moored "
        "for a week because trips no longer covered costs.",
        "Saïda",
        "Saïda wilaya launches irrigation project\n\n"
        "Authorities in the western Algerian wilaya of Saïda on Sunday launched a project to irrigate 3,000 "
        "hectares of farmland using treated wastewater. The wali of Saïda said the scheme would support cereal "
        "and fodder production on the high plateaus and create about 400 jobs.",
    ),
    (
        "place",
        "Kaura Namoda",
        "Bandits abduct travellers near Kaura Namoda\n\n"
        "Armed bandits abducted at least 15 passengers on a highway near Kaura Namoda in Zamfara State on "
        "Thursday, residents said. Police in Zamfara confirmed the attack and said tactical teams had been "
        "deployed to the forests around Kaura Namoda to rescue the victims.",
        "Kaura",
        "Gunmen kill four in southern Kaduna's Kaura LGA\n\n"
        "Gunmen attacked a village in Kaura Local Government Area of southern Kaduna State late on Saturday, "
        "killing four people and burning several houses, a community leader said. The Kaduna State Government "
        "condemned the attack and said troops had been deployed to Kaura to restore calm.",
    ),
    (
        "place",
        "Khomein",
        "Moderate earthquake jolts Khomein in Markazi province\n\n"
        "A magnitude 4.6 earthquake struck near Khomein in Iran's central Markazi province on Monday morning, the "
        "Iranian Seismological Center said. The governor of Khomein said some old mud-brick houses in nearby "
        "villages were damaged, but no deaths or serious injuries were reported.",
        "Khomeini",
        "Iran marks anniversary of Khomeini's death\n\n"
        "Thousands of Iranians gathered at the mausoleum south of Tehran on Tuesday to mark the anniversary of the "
        "death of Ayatollah Ruhollah Khomeini, the founder of the Islamic Republic. Speakers praised Khomeini's "
        "legacy and called for national unity, state television reported.",
    ),
    (
        "group",
        "Kachin Independence Army",
        "KIA tightens siege of Bhamo\n\n"
        "The Kachin Independence Army said on Tuesday its fighters had captured two more military outposts on "
        "the edge of Bhamo, tightening a months-long siege of the town. Residents said junta aircraft bombed "
        "several villages in response, and a spokesman for the Kachin Independence Army called on soldiers to "
        "surrender.",
        "Kachin Defence Army",
        "Pro-junta militia in northern Shan accused of forced recruitment\n\n"
        "The Kachin Defence Army, a junta-aligned militia based in Kutkai township in northern Shan State, has "
        "been forcing young men in villages under its control to join its ranks, residents told reporters. The "
        "Kachin Defence Army has fought alongside regime troops against resistance forces in the area.",
    ),
    (
        "group",
        "Popular Front for the Liberation of Palestine",
        "PFLP marks founding anniversary in Ramallah\n\n"
        "Hundreds of supporters of the Popular Front for the Liberation of Palestine marched in Ramallah on "
        "Thursday to mark the group's founding anniversary, carrying red flags and portraits of jailed members. "
        "A senior official of the Popular Front for the Liberation of Palestine called for the release of "
        "prisoners held by Israel.",
        "Democratic Front for the Liberation of Palestine",
        "DFLP delegation holds talks in Cairo\n\n"
        "A delegation of the Democratic Front for the Liberation of Palestine met Egyptian officials in Cairo on "
        "Monday to discuss Palestinian reconciliation efforts. The Democratic Front for the Liberation of "
        "Palestine said in a statement that it supported the formation of a technocratic committee to manage "
        "reconstruction.",
    ),
    (
        "club",
        "Neftchi Baku",
        "Neftchi Baku beat Sabah in Premier League\n\n"
        "Neftchi Baku beat Sabah 2-1 at the Bakcell Arena on Sunday to climb to third in the Azerbaijan Premier "
        "League. The hosts trailed at half-time but turned the game around with two goals in ten minutes, and "
        "Neftchi Baku are now four points off the top.",
        "Neftchi Fergana",
        "Neftchi Fergana held by Pakhtakor\n\n"
        "Neftchi Fergana were held to a 1-1 draw by Pakhtakor at the Istiqlol Stadium in Fergana on Saturday in "
        "the Uzbekistan Super League. Pakhtakor equalised late on, leaving Neftchi Fergana fifth in the table "
        "with five matches of the season remaining.",
    ),
]


# blind19: 30 + 10 pairs written by a helper that read no linking rule and ran no benchmark (stop 60)

BLIND19_VARIANTS = [
    # ---------------- persons ----------------
    (
        "person",
        "Mohamed Hamdan Dagalo",
        "RSF leader vows to press ahead with parallel government\n\n"
        "Mohamed Hamdan Dagalo, the commander of Sudan's paramilitary Rapid Support Forces, said in a recorded "
        "speech on Saturday that his group would press ahead with a rival administration in areas it controls. "
        "Dagalo, widely known as Hemedti, accused the army of blocking aid convoys to Darfur. Mohamed Hamdan "
        "Dagalo also said his fighters would not withdraw from El Fasher.",
        "Mohammed Hamdan Daglo",
        "Daglo: RSF will form its own government\n\n"
        "The leader of the Rapid Support Forces, Mohammed Hamdan Daglo, said in a video address on Saturday that "
        "the paramilitary force would go ahead with forming a government in territory under its control. "
        "Mohammed Hamdan Daglo, known as Hemeti, accused Sudan's army of obstructing humanitarian deliveries to "
        "Darfur and said his troops would remain in al-Fashir.",
    ),
    (
        "person",
        "Abdul-Malik al-Houthi",
        "Houthi leader threatens to widen Red Sea attacks\n\n"
        "Abdul-Malik al-Houthi, the leader of Yemen's Ansar Allah movement, said in a televised speech on "
        "Thursday that the group would expand attacks on ships linked to Israel if air strikes on Yemen "
        "continued. Abdul-Malik al-Houthi said his fighters had developed new naval drones. He spoke on the "
        "movement's al-Masirah channel.",
        "Abdulmalik al-Huthi",
        "Huthi chief vows escalation at sea\n\n"
        "Abdulmalik al-Huthi, head of the Huthi movement, warned on Thursday that his forces would broaden "
        "their maritime operations against vessels tied to Israel should strikes on Yemen persist. In a speech "
        "broadcast from an undisclosed location, Abdulmalik al-Huthi claimed the rebels now possessed new "
        "unmanned naval craft.",
    ),
    (
        "person",
        "Masoud Pezeshkian",
        "Pezeshkian orders government offices to cut power use\n\n"
        "Iranian President Masoud Pezeshkian on Sunday ordered government offices in Tehran to shorten working "
        "hours to save electricity as the country struggles with rolling blackouts. Masoud Pezeshkian said the "
        "shortages were the result of years of underinvestment and urged citizens to switch off air "
        "conditioners at peak times.",
        "Masud Pezeshkiyan",
        "Iran's president orders shorter office hours amid power shortage\n\n"
        "President Masud Pezeshkiyan has ordered state offices in the capital to shorten their working day to "
        "conserve power, state media reported on Sunday. Masud Pezeshkiyan blamed years of neglect of the "
        "energy sector for the blackouts and asked Iranians to limit their use of air conditioning during peak "
        "hours.",
    ),
    (
        "person",
        "Sirajuddin Haqqani",
        "Taliban interior minister calls on skilled Afghans to return\n\n"
        "Sirajuddin Haqqani, the Taliban's acting interior minister, told a gathering in Khost on Friday that "
        "educated Afghans living abroad should come home to help rebuild the country. Sirajuddin Haqqani also "
        "said the administration must listen to the public's complaints, remarks seen by analysts as veiled "
        "criticism of the movement's leadership in Kandahar.",
        "Serajuddin Haqani",
        "Haqani urges Afghan professionals abroad to come home\n\n"
        "Serajuddin Haqani, interior minister of the Islamic Emirate, called on Afghan professionals living "
        "overseas to return, speaking at a ceremony in Khost province on Friday. Serajuddin Haqani said "
        "officials must heed the grievances of the people, according to a video released by the ministry.",
    ),
    (
        "person",
        "Masrour Barzani",
        "KRG premier says oil export deal with Baghdad is close\n\n"
        "Kurdistan Region Prime Minister Masrour Barzani said on Wednesday that an agreement with Baghdad to "
        "resume oil exports through Turkey was close. Speaking in Erbil after meeting a US delegation, Masrour "
        "Barzani said the dispute over public sector salaries had to be resolved at the same time.",
        "Masrur Barzani",
        "Masrur Barzani: oil export agreement with federal government near\n\n"
        "Masrur Barzani, prime minister of the Kurdistan Regional Government, told reporters in Hewler on "
        "Wednesday that talks with the federal government on restarting crude exports via Turkey were in their "
        "final stage. Masrur Barzani said the salaries of civil servants in the region must be part of any "
        "deal.",
    ),
    (
        "person",
        "Shehbaz Sharif",
        "PM Shehbaz Sharif announces relief package for flood-hit south Punjab\n\n"
        "Prime Minister Shehbaz Sharif on Monday announced a relief package of 20 billion rupees for families "
        "affected by floods in southern Punjab. Visiting a relief camp in Multan, Shehbaz Sharif said "
        "compensation for destroyed homes would be paid within a month. He also ordered a survey of damaged "
        "crops.",
        "Shahbaz Sharif",
        "Shahbaz Sharif unveils Rs20bn flood package\n\n"
        "Shahbaz Sharif, the prime minister, said on Monday that the federal government would provide Rs20 "
        "billion to households hit by flooding in south Punjab. During a visit to a camp for displaced families "
        "near Multan, Shahbaz Sharif promised that payments for destroyed houses would be made within four "
        "weeks.",
    ),
    (
        "person",
        "Vitali Klitschko",
        "Klitschko: heating season in the capital will start on schedule\n\n"
        "Kyiv Mayor Vitali Klitschko said on Tuesday that the heating season would begin on schedule despite "
        "Russian attacks on energy infrastructure. Vitali Klitschko said the city had stockpiled backup boilers "
        "and that metro stations would stay open as shelters during air raid alerts.",
        "Vitaliy Klychko",
        "Klychko says heating will be switched on in time\n\n"
        "Kyiv city head Vitaliy Klychko said on Tuesday that heating would be switched on in the capital as "
        "planned, despite Russian strikes on the power system. According to Vitaliy Klychko, the city has "
        "reserves of mobile boiler units, and metro stations will serve as shelters during alerts.",
    ),
    (
        "person",
        "Lai Ching-te",
        "Lai Ching-te pledges to lift defence spending above 3% of GDP\n\n"
        "President Lai Ching-te said on Thursday that Taiwan would raise defence spending to more than 3 percent "
        "of GDP next year. Speaking at the Republic of China Military Academy in Kaohsiung, Lai Ching-te said "
        "the island had to show it was determined to defend itself.",
        "Lai Qingde",
        "Mainland spokesperson slams Lai Qingde over military budget\n\n"
        "A spokesperson for the Taiwan Affairs Office of the State Council on Friday criticized Taiwan region "
        "leader Lai Qingde over plans to boost military spending, saying Lai Qingde was squandering taxpayers' "
        "money in pursuit of 'independence by force'. The remarks came a day after Lai spoke at a military "
        "academy in Kaohsiung.",
    ),
    (
        "person",
        "Choe Son-hui",
        "N. Korean FM heads to Moscow for talks with Lavrov\n\n"
        "North Korean Foreign Minister Choe Son-hui left Pyongyang on Sunday for Russia, where she is expected to "
        "hold talks with Russian Foreign Minister Sergei Lavrov, state media said. Seoul's foreign ministry said "
        "Choe Son-hui's visit came as the two countries deepen military cooperation.",
        "Choe Son Hui",
        "Foreign Minister Choe Son Hui leaves for Russia\n\n"
        "Choe Son Hui, minister of Foreign Affairs of the DPRK, left Pyongyang by air on Sunday to pay an "
        "official visit to the Russian Federation, KCNA reported. She was seen off at the airport by officials "
        "of the ministry. Choe Son Hui will hold talks with her Russian counterpart in Moscow.",
    ),
    (
        "person",
        "Tô Lâm",
        "General Secretary Tô Lâm calls for faster provincial mergers\n\n"
        "General Secretary Tô Lâm on Wednesday urged localities to complete the merger of provincial "
        "administrations ahead of schedule, saying a streamlined apparatus would cut costs. Speaking at a "
        "Politburo meeting in Hà Nội, Tô Lâm said officials who obstructed the reform would be disciplined.",
        "To Lam",
        "Vietnam's To Lam presses for quicker provincial mergers\n\n"
        "Vietnam's Communist Party chief To Lam told a Politburo meeting in Hanoi on Wednesday that provinces "
        "should finish merging their administrations earlier than planned. To Lam warned that officials who "
        "stood in the way of the restructuring would face disciplinary action.",
    ),
    (
        "person",
        "Hassan Sheikh Mohamud",
        "Somali president opens parliament session, vows direct elections\n\n"
        "President Hassan Sheikh Mohamud opened a new session of the federal parliament in Mogadishu on "
        "Saturday, urging lawmakers to finalise the electoral law. Hassan Sheikh Mohamud said one-person, "
        "one-vote elections would go ahead next year despite objections from opposition leaders and two federal "
        "member states.",
        "Hassan Sheikh Mohamoud",
        "Hassan Sheikh Mohamoud insists on direct vote as parliament reopens\n\n"
        "Somalia's president, Hassan Sheikh Mohamoud, told the reopened federal parliament in Mogadishu on "
        "Saturday that the country would hold direct elections next year. Hassan Sheikh Mohamoud asked MPs to "
        "pass the remaining electoral legislation quickly, dismissing criticism from Puntland and Jubaland.",
    ),
    (
        "person",
        "Debretsion Gebremichael",
        "TPLF chairman rejects appointment of new Tigray interim head\n\n"
        "Debretsion Gebremichael, chairman of the Tigray People's Liberation Front, said on Monday that the "
        "party did not recognise the federal government's decision to appoint a new head of the Tigray interim "
        "administration. Speaking to supporters in Mekelle, Debretsion Gebremichael called for full "
        "implementation of the Pretoria peace agreement.",
        "Debretsion Gebremikael",
        "Debretsion Gebremikael says TPLF will not accept interim leader\n\n"
        "TPLF leader Debretsion Gebremikael told a rally in Mekele on Monday that his party rejected the federal "
        "government's choice of a new leader for Tigray's interim administration. Debretsion Gebremikael said "
        "the Pretoria accord had to be implemented in full before any change of leadership.",
    ),
    # ---------------- groups ----------------
    (
        "group",
        "Hayat Tahrir al-Sham",
        "HTS security forces arrest Islamic State cell in Idlib\n\n"
        "Hayat Tahrir al-Sham said on Tuesday its security forces had arrested members of an Islamic State cell "
        "in Idlib city who were planning bombings. The General Security Service affiliated with Hayat Tahrir "
        "al-Sham published photographs of weapons and explosive belts it said had been seized.",
        "Hay'at Tahrir ash-Sham",
        "Hay'at Tahrir ash-Sham dismantles IS cell in Idlib\n\n"
        "The security apparatus of Hay'at Tahrir ash-Sham announced on Tuesday the arrest of several men in "
        "Idlib whom it accused of belonging to the Islamic State group and of preparing attacks. Hay'at Tahrir "
        "ash-Sham released images of explosive vests and rifles allegedly found in their hideout.",
    ),
    (
        "group",
        "Tehreek-e-Taliban Pakistan",
        "TTP claims drone attack on police post in Lakki Marwat\n\n"
        "The banned Tehreek-e-Taliban Pakistan claimed responsibility for a night-time attack on a police "
        "checkpost in Lakki Marwat district that killed three policemen. A spokesman for the Tehreek-e-Taliban "
        "Pakistan said in a statement that its fighters had used quadcopters in the assault.",
        "Tehrik-i-Taliban Pakistan",
        "Three police killed in Lakki Marwat, militants claim attack\n\n"
        "Militants attacked a police post in Lakki Marwat district of Khyber Pakhtunkhwa overnight, killing three "
        "officers, police said on Wednesday. The Tehrik-i-Taliban Pakistan said in a message to journalists that "
        "it had carried out the attack, and police officials said Tehrik-i-Taliban Pakistan fighters used drones "
        "to drop explosives.",
    ),
    (
        "group",
        "Kata'ib Hezbollah",
        "Kata'ib Hezbollah says it will suspend attacks on US forces\n\n"
        "Iraq's Kata'ib Hezbollah said on Sunday it would suspend attacks on US troops in Iraq and Syria to avoid "
        "'embarrassing' the Iraqi government. The statement by the secretary-general of Kata'ib Hezbollah came "
        "days after a drone strike killed three US soldiers at a base in Jordan.",
        "Kataib Hizballah",
        "Kataib Hizballah announces halt to operations against US troops\n\n"
        "Kataib Hizballah, an Iran-backed militia in Iraq, announced on Sunday it was suspending military "
        "operations against US forces, saying it did not want to cause embarrassment to the government in "
        "Baghdad. The announcement by Kataib Hizballah followed the killing of three American service members in "
        "Jordan.",
    ),
    (
        "group",
        "Jaish al-Adl",
        "Jaish al-Adl claims deadly attack on police in Sistan-Baluchestan\n\n"
        "The Sunni militant group Jaish al-Adl claimed responsibility for an attack on a police station in Rask, "
        "in Iran's southeastern Sistan-Baluchestan province, that killed five officers. Iranian state media said "
        "security forces were pursuing the attackers and blamed Jaish al-Adl for a string of recent assaults in "
        "the border region.",
        "Jaysh al-Adl",
        "Jaysh al-Adl says it attacked police headquarters in Rask\n\n"
        "Jaysh al-Adl, a Baloch militant organisation, said it was behind an attack on a police headquarters in "
        "the town of Rask in Sistan and Baluchistan province in which five police officers died. Iranian "
        "officials accused Jaysh al-Adl of operating from across the border in Pakistan.",
    ),
    (
        "group",
        "Fano",
        "Fano militia seizes town in Amhara region\n\n"
        "Fighters of the Fano militia captured the town of Merawi in Ethiopia's Amhara region on Thursday after "
        "clashes with federal troops, residents said. A Fano commander said the militia would hold the town, "
        "while the army said its operations in the area were continuing.",
        "Fanno",
        "Fanno forces take control of Merawi\n\n"
        "Amhara Fanno forces took control of Merawi, a town south of Bahir Dar, on Thursday following fighting "
        "with the Ethiopian National Defence Force, according to local residents. A Fanno spokesman said the "
        "fighters intended to stay in the town.",
    ),
    (
        "group",
        "Hüda Par",
        "Hüda Par to field own candidates in Diyarbakır and Batman\n\n"
        "The Islamist Kurdish party Hüda Par said on Saturday it would field its own candidates in Diyarbakır "
        "and Batman in the upcoming local elections. Hüda Par chairman Zekeriya Yapıcıoğlu said the party would "
        "not join any alliance in the region.",
        "Huda-Par",
        "Huda-Par to run independently in southeast\n\n"
        "Huda-Par, the Free Cause Party, announced on Saturday that it would run its own candidates in "
        "Diyarbakir and Batman in the upcoming local elections. Party chairman Zekeriya Yapicioglu said Huda-Par "
        "would not enter any alliance in the southeast.",
    ),
    (
        "group",
        "Chongryon",
        "Chongryon protests extension of Japan's North Korea sanctions\n\n"
        "The General Association of Korean Residents in Japan, known as Chongryon, on Tuesday protested against "
        "the government's decision to extend unilateral sanctions on North Korea for another two years. "
        "Chongryon, which functions as Pyongyang's de facto embassy in Tokyo, said the measures violated the "
        "rights of Korean residents.",
        "Chongryun",
        "Chongryun denounces prolonged Japanese sanctions\n\n"
        "Chongryun, the pro-Pyongyang association of Korean residents in Japan, on Tuesday denounced Tokyo's "
        "decision to prolong its independent sanctions against North Korea by two years. In a statement, "
        "Chongryun said the move was a hostile act infringing on the rights of Korean nationals living in Japan.",
    ),
    (
        "group",
        "Việt Tân",
        "Two jailed for 'terrorism' over links to Việt Tân\n\n"
        "A court in Đồng Tháp province on Friday sentenced two men to eight and nine years in prison for "
        "'terrorism' over their links to Việt Tân, a US-based group that Hà Nội designates as a terrorist "
        "organisation. Prosecutors said the men had received money from Việt Tân to organise protests.",
        "Viet Tan",
        "Viet Tan condemns jailing of two men in Dong Thap\n\n"
        "Viet Tan, a California-based pro-democracy organisation, on Friday condemned the prison sentences "
        "handed to two men in Dong Thap province, saying the terrorism charges were fabricated. Viet Tan said "
        "the men had only taken part in peaceful online discussions about land rights.",
    ),
    # ---------------- places ----------------
    (
        "place",
        "Khan Younis",
        "Israeli strikes hit tents in Khan Younis, medics say\n\n"
        "Israeli air strikes hit tents sheltering displaced families in the Mawasi area of Khan Younis overnight, "
        "killing at least 12 people, medics at Nasser Hospital said on Saturday. The Israeli military said it "
        "had targeted militants operating in Khan Younis and was reviewing reports of civilian casualties.",
        "Khan Yunis",
        "Twelve killed as strikes hit displacement camp in Khan Yunis\n\n"
        "At least 12 people were killed when Israeli aircraft struck tents housing displaced Palestinians in "
        "al-Mawasi, west of Khan Yunis, medical sources said on Saturday. The bodies were taken to Nasser "
        "Medical Complex in Khan Yunis, according to the civil defence.",
    ),
    (
        "place",
        "Deir ez-Zor",
        "Tribal fighters clash with SDF in eastern Deir ez-Zor\n\n"
        "Clashes erupted between Arab tribal fighters and the Kurdish-led Syrian Democratic Forces in villages "
        "east of Deir ez-Zor on Wednesday, a war monitor said. At least seven people were killed in fighting "
        "near the Euphrates town of Theeban in Deir ez-Zor province.",
        "Deir al-Zour",
        "Deadly clashes between clan fighters and SDF in Deir al-Zour countryside\n\n"
        "Seven people died in fighting between tribal gunmen and the SDF in the eastern countryside of Deir "
        "al-Zour on Wednesday, local sources reported. The clashes centred on Dhiban on the Euphrates, and "
        "residents said the SDF had sent reinforcements from Deir al-Zour's northern countryside.",
    ),
    (
        "place",
        "Kunduz",
        "Flash floods kill 14 in northern Kunduz\n\n"
        "Flash floods swept through several districts of Kunduz province on Friday, killing at least 14 people "
        "and destroying hundreds of homes, a Taliban spokesman said. Officials in Kunduz said the Imam Sahib and "
        "Dasht-e-Archi districts were worst hit.",
        "Qunduz",
        "Qunduz floods leave 14 dead\n\n"
        "At least 14 people have died in flash floods in northern Qunduz province, local authorities said on "
        "Friday. The floods hit Imam Sahib and Dasht-i-Archi districts hardest, and hundreds of houses in Qunduz "
        "were destroyed, according to the provincial disaster management department.",
    ),
    (
        "place",
        "Khuzdar",
        "School bus bombing in Khuzdar kills five children\n\n"
        "A bomb struck a school bus in Khuzdar district of Balochistan on Wednesday, killing at least five "
        "children, officials said. The Khuzdar deputy commissioner said the bus had been carrying students to "
        "an army-run public school.",
        "Khozdar",
        "Five children killed in Khozdar school bus blast\n\n"
        "At least five schoolchildren were killed when an explosion hit their bus in Khozdar, Balochistan, on "
        "Wednesday morning, local officials said. Hospitals in Khozdar declared an emergency as dozens of "
        "wounded children were brought in.",
    ),
    (
        "place",
        "Sulaymaniyah",
        "Power cuts spark protests in Sulaymaniyah\n\n"
        "Hundreds of people protested in Sulaymaniyah on Monday over power cuts lasting up to 18 hours a day as "
        "temperatures topped 45 degrees Celsius. Protesters gathered outside the governorate building in "
        "Sulaymaniyah and demanded that the Kurdistan Regional Government improve the electricity supply.",
        "Slemani",
        "Protesters in Slemani demand end to electricity cuts\n\n"
        "Hundreds of residents of Slemani took to the streets on Monday to protest against daily power outages "
        "of up to 18 hours amid scorching heat. Demonstrators in Slemani gathered in front of the governor's "
        "office and called on the KRG to fix the electricity supply.",
    ),
    (
        "place",
        "Chernihiv",
        "Russian drones hit energy facility in Chernihiv\n\n"
        "Russian drones struck an energy facility in Chernihiv overnight, leaving more than 50,000 households "
        "without power, the regional governor said on Thursday. Repair crews in Chernihiv were working to "
        "restore supply, and no casualties were reported.",
        "Chernigov",
        "Defence ministry: energy facilities in Chernigov hit\n\n"
        "The Russian Defence Ministry said on Thursday that its forces had struck energy facilities in Chernigov "
        "used to supply the Ukrainian armed forces. According to the ministry, drones hit a thermal power plant "
        "in Chernigov overnight.",
    ),
    (
        "place",
        "Quảng Ngãi",
        "Quảng Ngãi evacuates 20,000 ahead of typhoon\n\n"
        "Authorities in central Quảng Ngãi province on Saturday evacuated more than 20,000 residents from coastal "
        "areas ahead of a typhoon expected to make landfall overnight. Fishing boats in Quảng Ngãi were ordered "
        "to return to port and schools were closed.",
        "Quang Ngai",
        "Vietnam's Quang Ngai moves 20,000 people as typhoon nears\n\n"
        "Vietnam's Quang Ngai province evacuated more than 20,000 people from low-lying coastal areas on "
        "Saturday as a typhoon approached. Officials in Quang Ngai ordered fishing boats back to shore and shut "
        "schools.",
    ),
    (
        "place",
        "Beledweyne",
        "Shabelle floods submerge Beledweyne\n\n"
        "The Shabelle River burst its banks in Beledweyne on Tuesday, flooding large parts of the town and "
        "forcing thousands of families to flee, local officials said. The mayor of Beledweyne appealed for boats "
        "and emergency food aid.",
        "Belet Weyne",
        "Thousands displaced as river floods Belet Weyne\n\n"
        "Thousands of families have fled their homes in Belet Weyne, the capital of Hiiraan region, after the "
        "Shabelle River overflowed on Tuesday. Authorities in Belet Weyne said they urgently needed boats and "
        "food supplies.",
    ),
    (
        "place",
        "Gondar",
        "Fighting erupts on outskirts of Gondar\n\n"
        "Heavy fighting broke out on the outskirts of Gondar in Ethiopia's Amhara region on Sunday between "
        "federal troops and militia fighters, residents said. Banks and shops in Gondar remained closed and "
        "flights to the city were suspended.",
        "Gonder",
        "Clashes reported near Gonder, flights suspended\n\n"
        "Residents of Gonder said fighting between government forces and local militia erupted on the edges of "
        "the city on Sunday. Ethiopian Airlines suspended flights to Gonder, and most businesses stayed shut.",
    ),
    (
        "place",
        "Kiryat Shmona",
        "Rockets hit Kiryat Shmona, damaging homes\n\n"
        "Several rockets fired from Lebanon struck Kiryat Shmona on Friday, damaging two homes and a car, the "
        "Israeli military said. Emergency services in Kiryat Shmona said one man was lightly injured by "
        "shrapnel.",
        "Qiryat Shemona",
        "Rockets from south Lebanon land in Qiryat Shemona\n\n"
        "Rockets launched from southern Lebanon landed in the northern town of Qiryat Shemona on Friday, "
        "damaging houses, according to local media. A man in Qiryat Shemona was slightly wounded, the Magen "
        "David Adom ambulance service said.",
    ),
]

BLIND19_MUST_NOT_MERGE = [
    (
        "person",
        "Masoud Barzani",
        "Masoud Barzani receives UN envoy in Pirmam\n\n"
        "Kurdistan Democratic Party leader Masoud Barzani received the UN special envoy for Iraq at his office in "
        "Pirmam on Sunday to discuss preparations for parliamentary elections. Masoud Barzani, who led the "
        "Kurdistan Region as president until 2017, urged Baghdad to respect the constitutional rights of the "
        "Kurds.",
        "Masrour Barzani",
        "Masrour Barzani opens new highway in Duhok\n\n"
        "Kurdistan Region Prime Minister Masrour Barzani on Thursday inaugurated a 40-km highway linking Duhok "
        "to the Zakho border area. Masrour Barzani said the cabinet had completed more than 1,000 km of roads "
        "during its term.",
    ),
    (
        "person",
        "Abu Sayyaf",
        "US commandos kill Islamic State oil chief Abu Sayyaf in Syria raid\n\n"
        "US special operations forces killed a senior Islamic State commander known as Abu Sayyaf during a raid "
        "in eastern Syria overnight, the Pentagon said on Saturday. Abu Sayyaf oversaw the group's oil and gas "
        "operations and its illicit financial dealings, officials said.",
        "Umm Sayyaf",
        "Umm Sayyaf charged in US over death of Kayla Mueller\n\n"
        "US prosecutors have filed a criminal complaint against Umm Sayyaf, an Iraqi woman held in Kurdish "
        "custody, accusing her of conspiring to provide material support to the Islamic State group resulting "
        "in the death of American aid worker Kayla Mueller. Umm Sayyaf was captured in 2015 in the raid that "
        "killed her husband.",
    ),
    (
        "person",
        "Nawaz Sharif",
        "Nawaz Sharif returns to Lahore after medical check-up in London\n\n"
        "PML-N president Nawaz Sharif returned to Lahore on Saturday after two weeks in London for medical "
        "tests, party officials said. Nawaz Sharif, a three-time former prime minister, is expected to chair a "
        "party meeting at his Jati Umra residence next week.",
        "Shehbaz Sharif",
        "PM Shehbaz Sharif chairs cabinet meeting on IMF targets\n\n"
        "Prime Minister Shehbaz Sharif on Tuesday chaired a federal cabinet meeting in Islamabad that reviewed "
        "progress on targets agreed with the International Monetary Fund. Shehbaz Sharif told ministers that "
        "the government would not introduce new taxes on salaried workers.",
    ),
    (
        "person",
        "Choe Son-hui",
        "Choe Son-hui meets Chinese ambassador in Pyongyang\n\n"
        "North Korean Foreign Minister Choe Son-hui met China's ambassador in Pyongyang on Monday to discuss "
        "bilateral cooperation, state media said. Choe Son-hui, the first woman to serve as the North's top "
        "diplomat, said ties with Beijing would be further strengthened.",
        "Choe Ryong-hae",
        "Choe Ryong-hae inspects farms in South Hwanghae\n\n"
        "Choe Ryong-hae, chairman of the Standing Committee of the Supreme People's Assembly, inspected "
        "cooperative farms in South Hwanghae Province to check the progress of rice transplanting, state media "
        "reported on Tuesday. Choe Ryong-hae called on officials to mobilise all resources to secure a good "
        "harvest.",
    ),
    (
        "person",
        "Nikolai Patrushev",
        "Nikolai Patrushev says Russia will expand Arctic icebreaker fleet\n\n"
        "Nikolai Patrushev, a Kremlin aide who chairs the Maritime Board, said on Wednesday that Russia would "
        "build more icebreakers to expand traffic along the Northern Sea Route. Nikolai Patrushev, a former "
        "secretary of the Security Council, spoke at a meeting in Murmansk.",
        "Dmitry Patrushev",
        "Deputy PM Dmitry Patrushev expects grain harvest above 130 mln tonnes\n\n"
        "Deputy Prime Minister Dmitry Patrushev said on Friday that Russia's grain harvest this year would "
        "exceed 130 million tonnes despite drought in southern regions. Dmitry Patrushev, who oversees "
        "agriculture, said grain export quotas would be reviewed next month.",
    ),
    (
        "place",
        "Rafah",
        "Rafah crossing reopens for medical evacuations\n\n"
        "The Rafah crossing between Gaza and Egypt reopened on Monday for the evacuation of about 50 patients "
        "needing urgent treatment, the World Health Organization said. Ambulances waited on the Egyptian side "
        "of Rafah to take patients to hospitals in El-Arish.",
        "Rafha",
        "Heavy rain floods streets in Saudi border town of Rafha\n\n"
        "Heavy rain flooded streets in Rafha, in Saudi Arabia's Northern Borders region, on Tuesday, the civil "
        "defence said. Schools in Rafha switched to remote learning and motorists were warned to avoid valleys "
        "near the Iraqi border.",
    ),
    (
        "place",
        "Paktia",
        "New 100-bed hospital opens in Paktia\n\n"
        "The Taliban administration on Sunday opened a 100-bed hospital in Gardez, the capital of Paktia "
        "province. Officials said the hospital in Paktia would serve patients from across south-eastern "
        "Afghanistan who previously had to travel to Kabul.",
        "Paktika",
        "Pakistani air strikes hit villages in Paktika, Taliban say\n\n"
        "The Taliban said on Wednesday that Pakistani aircraft had bombed several villages in the Barmal "
        "district of Paktika province, killing civilians. A Taliban spokesman said Afghanistan would respond to "
        "the strikes on Paktika.",
    ),
    (
        "place",
        "Chernihiv",
        "Drone attack on Chernihiv damages hospital\n\n"
        "A Russian drone attack on Chernihiv in northern Ukraine damaged a hospital and several residential "
        "buildings overnight, officials said on Monday. The head of the Chernihiv city military administration "
        "said two people were wounded.",
        "Chernivtsi",
        "Chernivtsi hosts cross-border trade forum\n\n"
        "The western Ukrainian city of Chernivtsi on Thursday hosted a forum on cross-border trade with Romania "
        "and Moldova, attended by regional officials and businesses. Organisers in Chernivtsi said new customs "
        "lanes at the Porubne checkpoint would cut waiting times for trucks.",
    ),
    (
        "group",
        "Tehreek-e-Labbaik Pakistan",
        "TLP supporters block roads in Lahore\n\n"
        "Supporters of the Tehreek-e-Labbaik Pakistan blocked main roads in Lahore on Friday, demanding that "
        "the government act against a man accused of blasphemy. Leaders of the Tehreek-e-Labbaik Pakistan, a "
        "far-right religious party, said the sit-in would continue until their demands were met.",
        "Tehreek-e-Taliban Pakistan",
        "TTP claims roadside bombing in North Waziristan\n\n"
        "The Tehreek-e-Taliban Pakistan claimed responsibility for a roadside bombing that killed four soldiers "
        "in North Waziristan on Thursday. The military said troops had launched a search operation, and "
        "officials accused the Tehreek-e-Taliban Pakistan of operating from Afghan territory.",
    ),
    (
        "group",
        "Karen National Union",
        "KNU fighters capture junta outpost near Myawaddy\n\n"
        "The Karen National Union said on Tuesday its armed wing had captured a military outpost on the Asian "
        "Highway near Myawaddy after three days of fighting. A spokesman for the Karen National Union said junta "
        "soldiers had retreated toward Kawkareik.",
        "Karen National Army",
        "Karen National Army pledges to expel scam centre workers\n\n"
        "The Karen National Army, the former Border Guard Force led by Saw Chit Thu, said on Monday that it "
        "would expel foreigners working in online scam compounds in areas under its control near Myawaddy. The "
        "Karen National Army said thousands of workers would be handed over to Thai authorities.",
    ),
]


# blind20: 30 + 10 pairs written by a helper that read no linking rule and ran no benchmark (stop 62)

BLIND20_VARIANTS = [
    (
        "person",
        "Tadesse Werede",
        "Tigray interim leader Tadesse Werede meets federal officials in Addis Ababa\n\n"
        "Tadesse Werede, president of the Tigray Interim Administration, held talks with federal "
        "officials in Addis Ababa on Tuesday on the return of people displaced by the war. Tadesse Werede "
        "said full implementation of the Pretoria agreement remained the region's priority, according to "
        "a statement from his office.",
        "Tadesse Worede",
        "Tadesse Worede says return of displaced Tigrayans is top priority\n\n"
        "The head of Tigray's interim administration, Tadesse Worede, told reporters after meetings in "
        "the federal capital on Tuesday that resettling those uprooted by the 2020-2022 war was his most "
        "urgent task. Tadesse Worede, a former commander of the Tigrayan forces, described the talks with "
        "the government as constructive.",
    ),
    (
        "person",
        "Ahmed Moalim Fiqi",
        "Somali foreign minister heads to Ankara for talks with Ethiopia\n\n"
        "Somalia's Foreign Minister Ahmed Moalim Fiqi arrived in Ankara on Monday for a new round of "
        "Turkish-mediated talks with Ethiopia over the port deal Addis Ababa signed with Somaliland. "
        "Ahmed Moalim Fiqi said Mogadishu would not compromise on its sovereignty and territorial "
        "integrity.",
        "Ahmed Moallim Fiqi",
        "Fiqi: Somalia will defend its sovereignty at Ankara talks\n\n"
        "Ahmed Moallim Fiqi, the foreign minister of Somalia, said on arrival in the Turkish capital on "
        "Monday that his delegation would defend the country's territorial integrity in talks with "
        "Ethiopia. Turkey is mediating between the two neighbours, and Ahmed Moallim Fiqi said the "
        "memorandum with Somaliland had to be annulled.",
    ),
    (
        "person",
        "Rustem Umerov",
        "Umerov to lead Ukraine's delegation at Istanbul talks\n\n"
        "Defence Minister Rustem Umerov will head Ukraine's delegation at the talks with Russia in "
        "Istanbul, President Volodymyr Zelensky said on Friday. Rustem Umerov said Kyiv's priorities were "
        "an unconditional ceasefire and the exchange of all prisoners of war.",
        "Rustam Umerov",
        "Kyiv names Rustam Umerov as head of negotiating team\n\n"
        "The Ukrainian side at the Istanbul meeting will be led by Rustam Umerov, who holds the post of "
        "defence minister, Zelensky announced on Friday. According to Rustam Umerov, Ukraine will seek a "
        "full ceasefire and an all-for-all prisoner swap.",
    ),
    (
        "person",
        "Cho Jung-tai",
        "Premier Cho Jung-tai unveils support package for exporters hit by US tariffs\n\n"
        "Premier Cho Jung-tai on Thursday announced a special budget of NT$88 billion to help Taiwanese "
        "exporters hit by US tariffs. Speaking after a cabinet meeting in Taipei, Cho Jung-tai said the "
        "package would include loan guarantees and wage subsidies for small manufacturers.",
        "Zhuo Rongtai",
        "Taiwan Affairs Office says Zhuo Rongtai's tariff package will not help businesses\n\n"
        "The special budget announced by Zhuo Rongtai, head of the Taiwan region's executive authority, "
        "will not protect local enterprises, a spokesperson for the Taiwan Affairs Office said on Friday. "
        "The spokesperson accused Zhuo Rongtai and the DPP authorities of sacrificing the interests of "
        "Taiwan compatriots to please Washington.",
    ),
    (
        "person",
        "Aryeh Deri",
        "Shas threatens to quit coalition over draft law\n\n"
        "Shas leader Aryeh Deri said on Sunday that his party would leave the coalition unless a law "
        "exempting yeshiva students from military service is passed before the Knesset's summer recess. "
        "Aryeh Deri told a party gathering in Jerusalem that the ultra-Orthodox community would not "
        "accept arrests of students.",
        "Arye Deri",
        "Arye Deri sets deadline for conscription exemption bill\n\n"
        "Arye Deri, chairman of the ultra-Orthodox Shas party, warned on Sunday that Shas would bolt the "
        "government if lawmakers failed to approve a military exemption for Torah scholars by the end of "
        "the session. Speaking in Jerusalem, Arye Deri said detentions of seminary students who ignore "
        "draft orders were a red line.",
    ),
    (
        "person",
        "N'Ban La",
        "KIO chairman says Kachin forces will keep pressure on Bhamo\n\n"
        "General N'Ban La, chairman of the Kachin Independence Organisation, said on Wednesday that "
        "Kachin forces would keep up their offensive on Bhamo until junta troops withdrew. N'Ban La made "
        "the remarks at a ceremony in Laiza marking Kachin Revolution Day.",
        "Nban La",
        "Nban La vows to press Bhamo offensive\n\n"
        "Kachin Independence Organisation chairman Nban La told a Revolution Day gathering at the group's "
        "headquarters in Laiza on Wednesday that the siege of Bhamo would continue. Nban La said the "
        "military regime had to leave Kachin State before any talks could take place.",
    ),
    (
        "person",
        "Selahattin Demirtaş",
        "Demirtaş urges support for peace process in message from prison\n\n"
        "Jailed former HDP co-chair Selahattin Demirtaş said in a message read out at a rally in "
        "Diyarbakır on Saturday that Kurds should back the process to end the conflict with the PKK. "
        "Selahattin Demirtaş, who has been held in Edirne prison since 2016, called on the government to "
        "take legal steps without delay.",
        "Selahattin Demirtas",
        "Demirtas backs peace talks in letter from Edirne prison\n\n"
        "Selahattin Demirtas, the former co-leader of the pro-Kurdish HDP, has voiced support for efforts "
        "to end the decades-long conflict with the PKK in a letter read to supporters in Diyarbakir on "
        "Saturday. Selahattin Demirtas, imprisoned in Edirne since November 2016, urged parliament to "
        "pass the necessary legislation.",
    ),
    (
        "person",
        "Abdelaziz al-Hilu",
        "SPLM-N leader joins RSF-backed charter in Nairobi\n\n"
        "Abdelaziz al-Hilu, leader of the Sudan People's Liberation Movement-North, signed a political "
        "charter with the Rapid Support Forces in Nairobi on Saturday, paving the way for a rival "
        "government in Sudan. Abdelaziz al-Hilu said the charter committed its signatories to a secular, "
        "decentralised state.",
        "Abdul Aziz al-Hilu",
        "Abdul Aziz al-Hilu signs founding charter with paramilitaries\n\n"
        "Rebel leader Abdul Aziz al-Hilu, whose movement controls much of the Nuba Mountains in South "
        "Kordofan, put his name to a founding charter with the RSF at a ceremony in the Kenyan capital on "
        "Saturday. Abdul Aziz al-Hilu told delegates that religion must be separated from the state.",
    ),
    (
        "person",
        "Esmaeil Baghaei",
        "Iran says nuclear talks with Europeans will continue\n\n"
        "Foreign ministry spokesman Esmaeil Baghaei said on Monday that Iran would hold another round of "
        "nuclear talks with Britain, France and Germany next week. Esmaeil Baghaei told his weekly news "
        "conference in Tehran that the European threat to reimpose UN sanctions was legally baseless.",
        "Esmaeil Baqaei",
        "Baqaei: next round of talks with E3 set for next week\n\n"
        "Esmaeil Baqaei, spokesman of the Iranian foreign ministry, told reporters on Monday that the "
        "Islamic Republic and the three European countries had agreed to meet again next week. Esmaeil "
        "Baqaei said the European move to trigger the snapback mechanism lacked any legal basis.",
    ),
    (
        "person",
        "Sarfraz Bugti",
        "Balochistan CM vows action after passenger bus attack\n\n"
        "Balochistan Chief Minister Sarfraz Bugti on Wednesday vowed to hunt down the gunmen who killed "
        "nine bus passengers on the national highway near Kalat. Sarfraz Bugti told the provincial "
        "assembly in Quetta that the attackers had checked the passengers' identity cards before opening "
        "fire.",
        "Sarfaraz Bugti",
        "Sarfaraz Bugti pledges crackdown after highway killings\n\n"
        "Chief Minister Sarfaraz Bugti said on Wednesday that those responsible for the killing of nine "
        "travellers on the highway in Kalat district would be brought to justice. Addressing the "
        "Balochistan Assembly, Sarfaraz Bugti said the gunmen had singled out passengers after checking "
        "their CNICs.",
    ),
    (
        "person",
        "Noor Wali Mehsud",
        "TTP chief Noor Wali Mehsud issues new video message\n\n"
        "Noor Wali Mehsud, the leader of the banned Tehreek-e-Taliban Pakistan, appeared in a new video "
        "on Friday warning the government against military operations in the tribal districts. Security "
        "officials said Noor Wali Mehsud was believed to be living in Afghanistan.",
        "Noor Wali Mehsood",
        "Pakistani Taliban leader threatens retaliation over military operation\n\n"
        "The head of the proscribed TTP, Noor Wali Mehsood, released a video on Friday in which he "
        "threatened retaliation if the army launched an operation in the former tribal areas of Khyber "
        "Pakhtunkhwa. Officials said Noor Wali Mehsood was operating from across the border in "
        "Afghanistan.",
    ),
    (
        "person",
        "Chadchart Sittipunt",
        "Bangkok governor orders checks on high-rise buildings after quake\n\n"
        "Bangkok Governor Chadchart Sittipunt on Saturday ordered engineers to inspect high-rise "
        "buildings across the capital after a powerful earthquake in Myanmar shook the city. Chadchart "
        "Sittipunt said rescue teams were still searching for workers trapped under a collapsed tower "
        "near Chatuchak market.",
        "Chatchart Sittipunt",
        "Chatchart Sittipunt: building inspections to start at once\n\n"
        "Chatchart Sittipunt, the governor of Bangkok, said on Saturday that inspections of tall "
        "buildings in the city would begin immediately after tremors from the Myanmar earthquake were "
        "felt across the Thai capital. Chatchart Sittipunt visited the site of the collapsed State Audit "
        "Office tower in Chatuchak, where dozens of workers were missing.",
    ),
    (
        "group",
        "Sluha Narodu",
        "Sluha Narodu faction backs cabinet reshuffle\n\n"
        "Lawmakers from the ruling Sluha Narodu party voted on Thursday to approve a reshuffle of "
        "Ukraine's cabinet, securing a majority in the Verkhovna Rada. The head of the Sluha Narodu "
        "faction, David Arakhamia, said the new ministers would focus on defence production.",
        "Sluga Naroda",
        "Sluga Naroda deputies approve government reshuffle in Kiev\n\n"
        "The Verkhovna Rada on Thursday approved changes to the Ukrainian government after deputies of "
        "the Sluga Naroda party, which holds a majority, backed the reshuffle. Faction leader David "
        "Arakhamia said Sluga Naroda expected the new ministers to concentrate on arms manufacturing.",
    ),
    (
        "group",
        "OLF-Shene",
        "Security forces kill dozens of OLF-Shene militants, state media says\n\n"
        "Ethiopian security forces killed 47 members of OLF-Shene in operations in the West Shewa zone of "
        "the Oromia region, the state broadcaster reported on Tuesday. The regional government said "
        "OLF-Shene fighters had been responsible for kidnappings along the road between Addis Ababa and "
        "Nekemte.",
        "OLF-Shane",
        "Government says 47 OLF-Shane fighters killed in Oromia\n\n"
        "Ethiopian authorities said on Tuesday that 47 fighters of OLF-Shane, the armed group active in "
        "western Oromia, had been killed in West Shewa. Officials accused OLF-Shane of abducting "
        "travellers on the highway linking the capital with Nekemte.",
    ),
    (
        "group",
        "Yan Sa Kai",
        "Zamfara: Yan Sa Kai members arrested over killing of herders\n\n"
        "Police in Zamfara State have arrested 12 members of the Yan Sa Kai vigilante group over the "
        "killing of five herders in Maru local government area. The state police spokesman said the Yan "
        "Sa Kai members had accused the herders of collaborating with bandits.",
        "Yansakai",
        "Police detain 12 Yansakai vigilantes in Zamfara\n\n"
        "Twelve members of the Yansakai, a local vigilante outfit, were taken into custody in Zamfara on "
        "Sunday after five Fulani herders were killed in Maru LGA, police said. Residents said the "
        "Yansakai had accused the victims of being informants for bandits.",
    ),
    (
        "group",
        "Ansar al-Furqan",
        "Ansar al-Furqan claims car bombing in Chabahar\n\n"
        "The Sunni militant group Ansar al-Furqan claimed responsibility for a car bomb outside a police "
        "station in the port city of Chabahar that wounded several officers, Iranian media said. "
        "Officials in Sistan-Baluchestan province said Ansar al-Furqan had links to groups across the "
        "border in Pakistan.",
        "Ansar al-Forqan",
        "Militant group says it was behind Chabahar car bomb\n\n"
        "Ansar al-Forqan, a Baluch militant group active in southeastern Iran, said in a statement that "
        "it had carried out the car bombing at police headquarters in Chabahar. Iranian officials said "
        "several policemen were injured and accused Ansar al-Forqan of operating from Pakistani "
        "territory.",
    ),
    (
        "group",
        "Liwa Abu al-Fadl al-Abbas",
        "Shiite militia says it sent more fighters to Damascus shrine\n\n"
        "Liwa Abu al-Fadl al-Abbas, a Shiite militia made up largely of Iraqi volunteers, said it had "
        "sent more fighters to guard the Sayyida Zeinab shrine south of Damascus. A commander of Liwa Abu "
        "al-Fadl al-Abbas said the reinforcements had arrived from Baghdad and Najaf.",
        "Liwa Abu al-Fadhl al-Abbas",
        "Liwa Abu al-Fadhl al-Abbas reinforces Sayyida Zeinab\n\n"
        "Liwa Abu al-Fadhl al-Abbas announced that new contingents of its fighters had reached the "
        "Sayyida Zeinab area on the southern edge of the Syrian capital. The group, which recruits mainly "
        "Iraqi Shiites, said Liwa Abu al-Fadhl al-Abbas volunteers had travelled from Najaf and Baghdad.",
    ),
    (
        "group",
        "HaShomer HaChadash",
        "HaShomer HaChadash recruits volunteers to guard northern farms\n\n"
        "The Israeli volunteer organisation HaShomer HaChadash said on Monday it had recruited hundreds "
        "of volunteers to help farmers in the Galilee bring in the harvest near the Lebanese border. "
        "HaShomer HaChadash said many farm workers had left the area after months of rocket fire.",
        "Hashomer Hahadash",
        "Volunteers flock to Galilee farms, says Hashomer Hahadash\n\n"
        "Hundreds of volunteers have signed up with Hashomer Hahadash to work and keep watch on farms in "
        "the Galilee close to the border with Lebanon, the group said on Monday. Hashomer Hahadash, "
        "founded in 2007 to protect farmers from theft, said agricultural labour had dried up since the "
        "rocket attacks began.",
    ),
    (
        "group",
        "Prachachat",
        "Prachachat Party calls for talks with southern insurgents\n\n"
        "The Prachachat Party, which holds most seats in Thailand's three southernmost provinces, called "
        "on the government on Tuesday to resume peace talks with the Barisan Revolusi Nasional. "
        "Prachachat MPs said a wave of bombings in Narathiwat showed that the military approach had "
        "failed.",
        "Prachachart",
        "Prachachart urges government to restart deep south peace dialogue\n\n"
        "Prachachart, a Malay Muslim-led party strong in the deep south, urged the government on Tuesday "
        "to return to the negotiating table with the BRN separatist movement. Lawmakers from Prachachart "
        "said recent bomb attacks in Narathiwat proved that a security-led policy did not work.",
    ),
    (
        "group",
        "İYİ Party",
        "İYİ Party rejects proposal for new constitution\n\n"
        "Turkey's nationalist opposition İYİ Party said on Wednesday it would not support the ruling "
        "party's proposal for a new constitution. İYİ Party chairman Müsavat Dervişoğlu told lawmakers in "
        "Ankara that the draft aimed to keep President Recep Tayyip Erdoğan in power.",
        "Iyi Party",
        "Iyi Party says it will vote against new constitution\n\n"
        "The nationalist Iyi Party announced on Wednesday that its lawmakers would oppose a draft "
        "constitution put forward by the ruling AKP. Iyi Party leader Musavat Dervisoglu said in "
        "parliament that the proposal was designed to extend President Erdogan's rule.",
    ),
    (
        "town",
        "Kyaukphyu",
        "Arakan Army steps up attacks near Kyaukphyu port\n\n"
        "The Arakan Army said on Thursday its fighters had captured two junta outposts on the outskirts "
        "of Kyaukphyu in Myanmar's Rakhine State. Residents of Kyaukphyu, where China is building a "
        "deep-sea port, said fighting had forced many families to flee to nearby islands.",
        "Kyaukpyu",
        "Fighting intensifies around Kyaukpyu as rebels press offensive\n\n"
        "Heavy fighting was reported around Kyaukpyu township on Thursday after ethnic Rakhine rebels "
        "overran two military positions, local sources said. The town of Kyaukpyu hosts a Chinese-backed "
        "deep-sea port and oil and gas pipelines, and residents said hundreds of people had fled by boat.",
    ),
    (
        "town",
        "Dansadau",
        "Bandits kill 11 in attack near Dansadau\n\n"
        "Bandits killed 11 people in an attack on villages near Dansadau in Maru local government area of "
        "Zamfara State on Saturday, residents said. A community leader in Dansadau said the gunmen "
        "arrived on motorcycles and also abducted women and children.",
        "Dan Sadau",
        "Gunmen kill 11, abduct several in Zamfara's Dan Sadau\n\n"
        "At least 11 villagers were killed when armed bandits raided communities around Dan Sadau in Maru "
        "LGA, Zamfara, on Saturday. Residents of Dan Sadau told reporters the attackers came on dozens of "
        "motorcycles and carried away women and children.",
    ),
    (
        "town",
        "Sai Buri",
        "Bomb kills two rangers in Pattani's Sai Buri district\n\n"
        "A roadside bomb killed two paramilitary rangers in Sai Buri district of Pattani province on "
        "Friday, Thai police said. Officials in Sai Buri said the rangers were on patrol to protect "
        "teachers when the bomb went off.",
        "Saiburi",
        "Two rangers killed in Saiburi blast\n\n"
        "Two Thai rangers died when a bomb exploded next to their patrol in Saiburi, Pattani, on Friday "
        "morning. Police in Saiburi said the unit had been escorting teachers to a school when the device "
        "was detonated.",
    ),
    (
        "town",
        "Dhusamareb",
        "Galmudug lawmakers sworn in in Dhusamareb\n\n"
        "Members of the new Galmudug state assembly were sworn in on Sunday in Dhusamareb, the capital of "
        "the federal member state. Officials in Dhusamareb said the assembly would elect a speaker later "
        "this week.",
        "Dhuusamareeb",
        "New Galmudug parliament inaugurated in Dhuusamareeb\n\n"
        "The new state parliament of Galmudug was inaugurated on Sunday in Dhuusamareeb, with members "
        "taking the oath of office before the state's chief justice. Authorities in Dhuusamareeb said the "
        "election of a new speaker would follow within days.",
    ),
    (
        "town",
        "Shashemene",
        "Rastafarians in Shashemene mark Haile Selassie's birthday\n\n"
        "Members of the Rastafarian community in Shashemene, in Ethiopia's Oromia region, gathered on "
        "Wednesday to celebrate the birthday of Emperor Haile Selassie. Elders in Shashemene said "
        "visitors had come from Jamaica, Britain and the United States.",
        "Shashamane",
        "Rastafarians gather in Shashamane for emperor's birth anniversary\n\n"
        "Hundreds of Rastafarians gathered in Shashamane, a town about 250 km south of Addis Ababa, on "
        "Wednesday to mark the birth anniversary of Haile Selassie. Community leaders in Shashamane said "
        "guests had travelled from the Caribbean, Europe and North America.",
    ),
    (
        "town",
        "Orikhiv",
        "Russian glide bombs hit Orikhiv, wounding three\n\n"
        "Russian forces dropped guided aerial bombs on Orikhiv in Zaporizhzhia region on Tuesday, "
        "wounding three civilians and destroying several houses, the regional governor said. Only about "
        "1,000 residents remain in Orikhiv, which lies a few kilometres from the front line.",
        "Orekhov",
        "Russian aviation strikes Ukrainian positions in Orekhov\n\n"
        "Russian aviation struck Ukrainian army positions and equipment in Orekhov in the Zaporozhye "
        "region on Tuesday, a Russian military correspondent reported. Orekhov, a town close to the line "
        "of contact, has been a key strongpoint of the Ukrainian defence.",
    ),
    (
        "town",
        "Shigatse",
        "Earthquake near Tibet's Shigatse kills at least 126\n\n"
        "A magnitude 6.8 earthquake struck Dingri county near Shigatse in Tibet on Tuesday, killing at "
        "least 126 people and destroying more than 3,600 houses, Chinese state media said. Rescuers in "
        "Shigatse worked through freezing temperatures to reach remote villages near Mount Everest.",
        "Xigaze",
        "Rescue under way in Xigaze after strong quake\n\n"
        "Rescue work is under way in Dingri county of Xigaze, in the Xizang Autonomous Region, after a "
        "6.8-magnitude earthquake on Tuesday killed 126 people, according to local authorities. More than "
        "3,600 homes in Xigaze were damaged, and temporary shelters have been set up for displaced "
        "residents.",
    ),
    (
        "province",
        "Nimroz",
        "Iran deports thousands of Afghans through Nimroz crossing\n\n"
        "More than 5,000 Afghans returned from Iran through the Silk Bridge crossing in Nimroz province "
        "on Sunday, Taliban officials said. Aid agencies in Nimroz said the returnees, many of them women "
        "and children, needed food and shelter.",
        "Nimruz",
        "Thousands of Afghans expelled by Iran enter Nimruz\n\n"
        "Over 5,000 Afghan migrants deported from Iran crossed into Nimruz through the Pul-e-Abresham "
        "border point on Sunday, according to local authorities. Humanitarian groups working in Nimruz "
        "said the arrivals urgently needed food and temporary accommodation.",
    ),
    (
        "province",
        "Hormozgan",
        "Death toll from explosion at Iranian port rises to 57\n\n"
        "The death toll from a massive explosion at Shahid Rajaee port in Iran's southern Hormozgan "
        "province rose to 57 on Monday, officials said. The governor of Hormozgan said the fire at the "
        "port near Bandar Abbas had been brought under control after two days.",
        "Hormuzgan",
        "Fire at Shahid Rajaee port contained as toll hits 57\n\n"
        "Firefighters have put out the blaze that followed the explosion at Shahid Rajaee port, "
        "authorities in Hormuzgan province said on Monday. The provincial crisis management chief said 57 "
        "people had died, and hospitals across Hormuzgan were still treating hundreds of injured.",
    ),
    (
        "town",
        "Chtaura",
        "Israeli drone strike hits car near Chtaura\n\n"
        "An Israeli drone struck a car on the Beirut-Damascus highway near Chtaura in Lebanon's Bekaa "
        "Valley on Thursday, killing two people, Lebanese state media said. Civil defence teams in "
        "Chtaura said the vehicle was heading towards the Masnaa border crossing.",
        "Shtaura",
        "Two killed as drone targets vehicle in Shtaura\n\n"
        "Two people were killed when an Israeli drone targeted a vehicle in Shtaura, on the main road "
        "between Beirut and Damascus, on Thursday, a security source said. Witnesses in Shtaura said the "
        "car was travelling towards the Masnaa crossing with Syria.",
    ),
]

BLIND20_MUST_NOT_MERGE = [
    (
        "person",
        "Abbas Araghchi",
        "Araghchi holds talks with Omani counterpart in Muscat\n\n"
        "Iranian Foreign Minister Abbas Araghchi met his Omani counterpart in Muscat on Saturday to "
        "discuss regional developments and the nuclear file, state media said. Abbas Araghchi said Tehran "
        "remained open to diplomacy but would not negotiate under pressure.",
        "Abbas Aliabadi",
        "Energy minister Abbas Aliabadi warns of summer power deficit\n\n"
        "Iran's Energy Minister Abbas Aliabadi said on Tuesday that the country faced an electricity "
        "shortfall of up to 20,000 megawatts this summer. Abbas Aliabadi urged households to cut "
        "consumption and said new solar plants would come online next year.",
    ),
    (
        "person",
        "Abdul Rashid Dostum",
        "Dostum says northern Afghans will not accept Taliban rule\n\n"
        "Marshal Abdul Rashid Dostum, the veteran Uzbek commander and former Afghan vice-president, said "
        "in a message from Turkey on Monday that his supporters would not accept Taliban rule in the "
        "north. Abdul Rashid Dostum called for an inclusive government chosen through elections.",
        "Batur Dostum",
        "Batur Dostum meets Turkish officials in Ankara\n\n"
        "Batur Dostum, a leader of the Junbish-e-Milli party and the son of the former vice-president, "
        "met Turkish officials in Ankara on Thursday to discuss the situation of Afghan Uzbek refugees. "
        "Batur Dostum said the Taliban must allow political parties to operate in Afghanistan.",
    ),
    (
        "person",
        "Mohamed Hamdan Dagalo",
        "RSF commander vows to fight on until army accepts ceasefire\n\n"
        "Mohamed Hamdan Dagalo, commander of Sudan's paramilitary Rapid Support Forces, said in a video "
        "address on Tuesday that his forces would keep fighting until the army accepted a ceasefire. "
        "Mohamed Hamdan Dagalo accused the army of bombing markets in Darfur.",
        "Abdelrahim Hamdan Dagalo",
        "US sanctions RSF deputy commander Abdelrahim Hamdan Dagalo\n\n"
        "The US Treasury on Wednesday imposed sanctions on Abdelrahim Hamdan Dagalo, deputy commander of "
        "the Rapid Support Forces, over abuses in West Darfur. Officials said Abdelrahim Hamdan Dagalo "
        "oversaw troops accused of killing civilians in El Geneina.",
    ),
    (
        "person",
        "Wang Yi",
        "Wang Yi holds talks with Lavrov in Beijing\n\n"
        "Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov in "
        "Beijing on Tuesday, pledging closer coordination at the United Nations. Wang Yi said relations "
        "between the two countries were at their best level in history.",
        "Wang Yang",
        "Wang Yang inspects poverty relief projects in Guizhou\n\n"
        "Wang Yang, chairman of the National Committee of the Chinese People's Political Consultative "
        "Conference, inspected rural revitalisation projects in Guizhou province, Xinhua reported on "
        "Thursday. Wang Yang urged local officials to consolidate the achievements of poverty "
        "alleviation.",
    ),
    (
        "nisba",
        "Anbar",
        "Sandstorm closes highways in Anbar\n\n"
        "A severe sandstorm closed highways across Anbar province in western Iraq on Sunday, and "
        "hospitals treated dozens of people for breathing problems. Officials in Anbar said flights at "
        "nearby airports had also been suspended.",
        "Anbari",
        "Pentagon confirms death of Islamic State's second-in-command\n\n"
        "US forces killed the Islamic State group's second-in-command, Abu Ali al-Anbari, in a raid in "
        "eastern Syria, the Pentagon said on Friday. Anbari had been in charge of the group's finances "
        "and was one of its most senior leaders, officials said.",
    ),
    (
        "town",
        "Hpa-an",
        "Flooding in Hpa-an displaces thousands\n\n"
        "The Thanlwin River overflowed in Hpa-an, the capital of Myanmar's Kayin State, on Sunday, "
        "forcing thousands of residents into relief camps, state media said. Officials in Hpa-an said "
        "monasteries and schools had been opened to shelter families.",
        "Hpapun",
        "Air strikes hit villages in Hpapun district\n\n"
        "Myanmar military jets bombed villages in Hpapun district of northern Karen State on Saturday, "
        "killing four civilians, a local relief group said. Residents of Hpapun said thousands of "
        "villagers had fled into the forest.",
    ),
    (
        "province",
        "Galmudug",
        "Galmudug president opens new state ministries\n\n"
        "The president of Galmudug, Ahmed Abdi Karie, opened new ministry buildings in the state capital "
        "on Monday, saying the administration would improve services for residents. Galmudug officials "
        "said the buildings were funded by international partners.",
        "Mudug",
        "Drought forces herders to move in Mudug region\n\n"
        "Thousands of pastoralist families in the Mudug region of central Somalia have left their "
        "villages in search of water and pasture, aid agencies said on Tuesday. Officials in Mudug said "
        "livestock deaths were rising as wells dried up.",
    ),
    (
        "group",
        "Arakan Army",
        "Arakan Army captures military command headquarters in Rakhine\n\n"
        "The Arakan Army said on Friday it had captured the headquarters of the Myanmar military's "
        "Western Command in Ann township, Rakhine State. The Arakan Army now controls most of the state's "
        "townships, according to analysts.",
        "Arakan Liberation Army",
        "Arakan Liberation Army to attend junta peace talks\n\n"
        "The Arakan Liberation Army, a small armed group that signed the 2015 Nationwide Ceasefire "
        "Agreement, said on Monday it would attend peace talks convened by the military government in "
        "Naypyitaw. A spokesman for the Arakan Liberation Army said the group wanted a federal system.",
    ),
    (
        "group",
        "Jamaat-e-Islami",
        "Jamaat-e-Islami announces Gaza solidarity march in Karachi\n\n"
        "Pakistan's Jamaat-e-Islami said on Friday it would hold a march in Karachi on Sunday in "
        "solidarity with Palestinians in Gaza. Jamaat-e-Islami leaders called on the government to send "
        "more humanitarian aid and to press for a ceasefire.",
        "Jamiat-e-Islami",
        "Jamiat-e-Islami leaders meet Afghan opposition figures abroad\n\n"
        "Leaders of Jamiat-e-Islami, the Afghan party once headed by Burhanuddin Rabbani, met other "
        "anti-Taliban politicians in Turkey on Wednesday to discuss a joint platform. Jamiat-e-Islami "
        "leader Salahuddin Rabbani said the Taliban had no mandate to govern Afghanistan.",
    ),
    (
        "town",
        "Beit Hanoun",
        "Israeli army orders evacuation of Beit Hanoun\n\n"
        "The Israeli military ordered residents of Beit Hanoun in the northern Gaza Strip to leave their "
        "homes on Monday ahead of new operations. Families in Beit Hanoun said they had nowhere safe to "
        "go.",
        "Beit Hanina",
        "Family home demolished in Beit Hanina\n\n"
        "Israeli authorities demolished a Palestinian family home in Beit Hanina in occupied East "
        "Jerusalem on Wednesday, saying it had been built without a permit. The owner said his family had "
        "lived in Beit Hanina for decades.",
    ),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print every case")
    parser.add_argument("--set", choices=("dev", "heldout", "fresh", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8",
                                          "blind9", "blind10", "blind11", "blind12", "blind13",
                                          "blind14", "blind15", "blind16", "blind17",
                                          "blind18", "blind19", "blind20"),
                        default="dev",
                        help="dev: the pairs the rules were written on; heldout: pairs kept "
                             "apart from them; fresh: pairs written after the last change")
    options = parser.parse_args()
    settings = Settings()
    nlp = load_pipeline(settings.model_name, settings.quotes)
    resources = load_corpus_resources(settings, GAZETTEER_CACHE)
    rules = load_normalize_rules()

    def link(texts: list[str]):
        documents = [decode_document(f"{i:02d}.txt", t.encode(), settings.decoding)
                     for i, t in enumerate(texts)]
        articles = normalize_documents(documents, rules, settings)
        mentions = [m for doc in parse_bodies(articles, nlp, settings.nlp_batch_size)
                    for m in doc._.get(MENTIONS)]
        linked, entities = link_entities(articles, mentions, resources.linking_rules,
                                         resources.gazetteer, settings.linking, settings.geocode)
        return articles, linked, entities

    def score(cases, expect_merged: bool, title: str) -> None:
        merged = missed = 0
        lines = []
        for kind, form_a, text_a, form_b, text_b in cases:
            texts = [text_a] if text_b is None else [text_a, text_b]
            outcome, detail = run_case(texts, (form_a, form_b), link)
            merged += outcome is True
            missed += outcome is None
            ok = outcome is expect_merged or (outcome is None and not expect_merged)
            lines.append(f"  {'ok ' if ok else 'BAD'} {kind:18} {form_a} / {form_b}: "
                         f"{'merged' if outcome else 'apart' if outcome is False else ''} "
                         f"{detail}")
        print(f"{title}: {len(cases)} pairs, merged {merged} ({merged / len(cases):.2f}), "
              f"not tagged by the model {missed}")
        for line in lines:
            if options.show or line.startswith("  BAD"):
                print(line)

    variants, different = {"dev": (VARIANTS, MUST_NOT_MERGE),
                           "heldout": (HELDOUT_VARIANTS, HELDOUT_MUST_NOT_MERGE),
                           "fresh": (FRESH_VARIANTS, FRESH_MUST_NOT_MERGE),
                           "blind": (BLIND_VARIANTS, BLIND_MUST_NOT_MERGE),
                           "blind2": (BLIND2_VARIANTS, BLIND2_MUST_NOT_MERGE),
                           "blind3": (BLIND3_VARIANTS, BLIND3_MUST_NOT_MERGE),
                           "blind4": (BLIND4_VARIANTS, BLIND4_MUST_NOT_MERGE),
                           "blind5": (BLIND5_VARIANTS, BLIND5_MUST_NOT_MERGE),
                           "blind6": (BLIND6_VARIANTS, BLIND6_MUST_NOT_MERGE),
                           "blind7": (BLIND7_VARIANTS, BLIND7_MUST_NOT_MERGE),
                           "blind8": (BLIND8_VARIANTS, BLIND8_MUST_NOT_MERGE),
                           "blind9": (BLIND9_VARIANTS, BLIND9_MUST_NOT_MERGE),
                           "blind10": (BLIND10_VARIANTS, BLIND10_MUST_NOT_MERGE),
                           "blind11": (BLIND11_VARIANTS, BLIND11_MUST_NOT_MERGE),
                           "blind12": (BLIND12_VARIANTS, BLIND12_MUST_NOT_MERGE),
                           "blind13": (BLIND13_VARIANTS, BLIND13_MUST_NOT_MERGE),
                           "blind14": (BLIND14_VARIANTS, BLIND14_MUST_NOT_MERGE),
                           "blind15": (BLIND15_VARIANTS, BLIND15_MUST_NOT_MERGE),
                           "blind16": (BLIND16_VARIANTS, BLIND16_MUST_NOT_MERGE),
                           "blind17": (BLIND17_VARIANTS, BLIND17_MUST_NOT_MERGE),
                           "blind18": (BLIND18_VARIANTS, BLIND18_MUST_NOT_MERGE),
                           "blind19": (BLIND19_VARIANTS, BLIND19_MUST_NOT_MERGE),
                           "blind20": (BLIND20_VARIANTS, BLIND20_MUST_NOT_MERGE)}[options.set]
    score(variants, True, "spelling variants (should merge)")
    score(different, False, "different names (must not merge)")


if __name__ == "__main__":
    main()
