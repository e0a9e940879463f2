"""Broad word classes and constructions, layered under the phrase lexicon.

The phrase entries of :mod:`defaults` are specific and weigh 1 to 2; they were
written from sentences. The entries built here come from classes of words
instead (people and roles, conditions of the world, trait words, states of the
body and mind, methods, effort verbs), so that a sentence nobody wrote a phrase
for still names its cause. They weigh less than the phrases, so a specific
phrase wins wherever both match; and a class phrase that spells the same words
as an existing entry is left out (the phrase entry already says it), so the
lexicon still holds one meaning per phrase.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from selfefficacy.attribution.labels import Cause, Stability
from selfefficacy.attribution.lexicon import CueKind, Entry, expand

__all__ = ["class_entries"]

E, S, A, T = Cause.EFFORT, Cause.STRATEGY, Cause.ABILITY, Cause.TASK
OT, ST, C = Cause.OTHERS, Cause.STATE, Cause.CIRCUMSTANCE


def _words(*groups: str) -> tuple[str, ...]:
    """Space-separated words (``x+s`` also gives the plural ``xs``), deduplicated."""
    out: list[str] = []
    for group in groups:
        for word in group.split():
            if word.endswith("+s"):
                out += [word[:-2], word[:-2] + "s"]
            elif word.endswith("+es"):
                out += [word[:-3], word[:-3] + "es"]
            else:
                out.append(word.replace("_", " "))
    return tuple(dict.fromkeys(out))


# People and roles: another person helped, hindered or judged.
PEOPLE: tuple[str, ...] = _words(
    "instructor+s trainer+s ref+s referee+s umpire+s examiner+s assessor+s marker+s"
    " invigilator+s judge+s boss+es manager+s supervisor+s teammate+s team_mate+s"
    " partner+s opponent+s rival+s customer+s client+s patient+s audience+s crowd+s"
    " kids children child toddler+s baby babies teenager+s teen+s son+s daughter+s"
    " coach+es tutor+s teacher+s mentor+s lecturer+s professor+s director+s conductor+s"
    " carer+s caregiver+s nurse+s doctor+s gp surgeon+s physio+s therapist+s counsellor+s"
    " colleague+s coworker+s co_worker+s workmate+s staff crew boss+es foreman"
    " apprentice+s landlord+s landlady agent+s buyer+s seller+s vendor+s estate_agent+s"
    " interviewer+s recruiter+s panel host+s organiser+s organizer+s captain+s skipper+s"
    " keeper+s goalie+s goalkeeper+s striker+s defender+s jungler+s igl"
    " squad teammates bandmate+s classmate+s flatmate+s housemate+s roommate+s"
    " neighbour+s neighbor+s friend+s mate+s pal+s buddy buddies bestie+s"
    " mum+s mom+s mam mother+s dad+s father+s parent+s wife husband spouse fiance fiancee"
    " girlfriend+s boyfriend+s sister+s brother+s sibling+s nan+s gran+s grandma grandad"
    " grandpa grandson+s granddaughter+s grandkids grandchildren aunt+s auntie uncle+s"
    " cousin+s in_laws stepdad stepmum family husband's wife's"
    " cyclist+s driver+s pedestrian+s passenger+s motorist+s"
    " guy+s bloke+s lad+s girl+s woman women man men lady ladies someone somebody"
    " someone_else somebody_else everyone_else nobody_else people_around_me"
    " sound_guy sound_engineer technician+s engineer+s mechanic+s builder+s plumber+s"
    " electrician+s contractor+s courier+s postman waiter+s waitress+es barista+s"
    " receptionist+s admin officer+s inspector+s examiner's boss's coach's"
    " selector+s scout+s sponsor+s editor+s reviewer+s critic+s publisher+s"
    " moderator+s admin+s teamlead team_lead line_manager+s"
    " charge_nurse+s matron consultant+s registrar+s ward_sister midwife midwives"
    " vet+s farmer+s shepherd+s contractor+s"
    " ta tas invigilators marker's partner's grandson's"
    " firm+s company companies agency agencies council+s bank+s airline+s insurer+s"
    " employer+s removal_men removals_firm letting_agent+s"
)

# Conditions of the world: time, money, kit, weather, places, work set-ups.
WORLD: tuple[str, ...] = _words(
    "price+s cost+s costs bill+s rent mortgage budget+s funding money cash wage+s"
    " salary pay economy recession inflation interest_rates"
    " weather rain rained raining downpour drizzle wind winds windy gale+s storm+s"
    " heat heatwave humidity humid snow snowed ice icy fog foggy frost drought+s"
    " flood+s flooding mud muddy freezing sweltering boiling_hot scorching"
    " traffic roadworks diversion+s commute jam+s queue+s delay+s delayed"
    " strike+s cancellation+s cancelled canceled"
    " noise noisy racket deadline+s shift+s rota+s overtime workload restructure"
    " restructuring redundancy redundancies redundant layoffs laid_off merger"
    " cutbacks cuts budget_cuts understaffed short_staffed short_handed"
    " equipment kit gear tool+s machine+s machinery tractor+s van+s truck+s"
    " engine+s generator+s boiler+s kiln+s oven+s hob+s fridge+s freezer+s"
    " wifi wi_fi internet connection signal ping lag lagged lagging router+s server+s"
    " laptop+s pc+s battery batteries power_cut+s outage+s blackout+s crashed"
    " venue+s hall+s court+s territory territories region ward+s site+s"
    " the_market_was the_market_is job_market housing_market property_market"
    " holiday+s season+s christmas_rush busy_season quiet_season off_season"
    " time_of_year time_zone+s jet_lag jetlag"
    " slug+s pest+s aphid+s blight disease+s bug+s virus+es covid pandemic lockdown+s"
    " flu_going_round illness_going_round bug_going_round"
    " bus+es train+s tram+s tube trains ferry ferries flight+s"
    " childcare school_run nursery_closed"
    " housing neighbourhood neighborhood location acoustics lighting"
    " soil ground temperature temperatures climate"
    " paperwork bureaucracy red_tape system_was_down systems_were_down"
)

# Words of ability said of oneself ("I'm a genius", "I'm just tone deaf").
TRAIT_GOOD: tuple[str, ...] = _words(
    "genius natural gifted talented clever smart bright sharp brainy quick"
    " good great brilliant excellent decent competent capable skilled skilful skillful"
    " strong fast cracked goated built_for_this made_for_this a_natural"
)
TRAIT_BAD: tuple[str, ...] = _words(
    "hopeless useless rubbish terrible awful dreadful bad poor crap pants trash"
    " garbage shit shite stupid dumb thick dim dense slow clumsy uncoordinated"
    " tone_deaf weak incompetent inept untalented unsporty unmusical unfit_for"
    " dyslexic awkward shy uncreative unartistic"
)
# Nouns for a kind of person, said of oneself ("I'm a rubbish driver").
TRAIT_NOUNS: tuple[str, ...] = _words(
    "speaker+s presenter+s writer+s cook+s baker+s driver+s swimmer+s runner+s"
    " player+s singer+s dancer+s student+s learner+s reader+s speller+s artist+s"
    " mum+s mom+s dad+s parent+s nurse+s teacher+s leader+s manager+s carer+s"
    " gardener+s knitter+s sewer+s painter+s musician+s gamer+s coder+s programmer+s"
    " salesperson salesman seller+s talker+s listener+s student+s athlete+s"
    " person one"
)
# Body and mind as the speaker's lasting make-up ("my memory", "my ears").
FACULTIES: tuple[str, ...] = _words(
    "brain memory eyes eyesight ears hearing hands fingers coordination balance"
    " english spanish french german italian maths math spelling grammar accent"
    " reflexes voice aim timing ear"
)

# States of body and mind, with a direction where they have one.
STATE_BAD: tuple[str, ...] = _words(
    "terrified scared frightened afraid nervous anxious anxiety panicking panicked"
    " panic panicky stressed stress overwhelmed exhausted knackered shattered"
    " hungover ill poorly sore injured injury injuries sick unwell bunged_up"
    " tired sleepy drowsy drained burnt_out burned_out fatigued jetlagged"
    " upset distracted flustered rattled shaken tilted tilt tense jittery"
    " headache migraine cramps cramp hangover fever cold_sores"
    " froze freeze frozen_up blanked choked"
    " sleep_deprived running_on_empty"
    " heartbroken grieving depressed low miserable angry furious frustrated"
)
STATE_GOOD: tuple[str, ...] = _words(
    "focused focussed relaxed confident calm rested refreshed fresh energised"
    " energized buzzing pumped sharp_that_day in_the_zone zoned_in"
    " well_rested good_mood great_mood chilled"
)

# Methods and plans, and verbs that change one.
METHOD_NOUNS: tuple[str, ...] = _words(
    "approach+es method+s technique+s system+s routine+s schedule+s plan+s idea+s"
    " trick+s chart+s checklist+s list+s order setup set_up prep reference+s"
    " note+s template+s tactic+s timetable+s spreadsheet+s framework+s process+es"
    " strategy strategies recipe+s pattern+s formula+s workflow+s structure"
    " milestone+s flashcard+s mnemonic+s shortcut+s hack+s tip+s"
)
METHOD_VERBS: tuple[str, ...] = _words(
    "switched switching changed changing swapped adjusted tweaked rethought"
    " started_using stopped_using tried_a_new tried_a_different"
    " overdid overdo overworked overcooked overwatered overtrained overthought"
    " overcomplicated overplanned underestimated overestimated misjudged"
    " miscalculated misread planned planning organised organized labelled labeled"
    " prioritised prioritized broke_it_down broke_it_into split_it_into"
    " followed used_the_wrong the_wrong wrong_order wrong_approach"
    " should_have_waited too_early too_late"
)

# Verbs of doing the work, and amounts of it.
EFFORT_GOOD: tuple[str, ...] = _words(
    "practised practiced practising practicing trained studied revised rehearsed"
    " drilled grafted recruited promoted advertised marketed grinded grinding"
    " ground scrimmed scrimming worked_hard worked_on slogged persevered"
    " pushed_through kept_at_it kept_going kept_practising kept_practicing"
    " put_in put_the_time_in spent_hours spent_weeks spent_months spent_days"
    " spent_ages spent_years hours_a_day every_day every_night every_week"
    " every_morning every_evening every_weekend every_single_day"
    " sheer_hard_work sheer_grit sheer_determination grit hustle hustled"
    " showed_up turned_up went_every attended fed watered"
    " promote promoting prepare preparing research researched researching rehearse"
    " train advertise recruit revise practise practice put_the_work_in put_the_hours_in"
)
EFFORT_BAD: tuple[str, ...] = _words(
    "didn't_bother did_not_bother couldn't_be_bothered skipped skipping slacked"
    " slacking gave_up give_up quit procrastinated procrastinating"
    " walked_away put_it_off left_it_too_late left_it_late winged wung"
    " lazy half_hearted halfhearted coasted coasting"
)

# Fillers allowed between "I am" and a trait word.
_AM = ("am", "am a/an", "am so/such/too", "am such a/an", "been", "been a/an", "been so")


def _entries(
    cause: Cause,
    valence: int,
    weight: float,
    patterns: Iterable[str],
    *,
    trait: bool = False,
    stability: Stability | None = None,
) -> list[Entry]:
    return [
        Entry(p, CueKind.CAUSE, cause, valence, weight, stability=stability, trait=trait)
        for p in patterns
    ]


def _built() -> list[Entry]:
    out: list[Entry] = []
    out += _entries(OT, 0, 0.65, PEOPLE)
    out += _entries(C, 0, 0.75, WORLD)
    out += _entries(ST, -1, 0.9, STATE_BAD)
    out += _entries(ST, 1, 0.9, STATE_GOOD)
    out += _entries(S, 0, 0.7, METHOD_NOUNS)
    out += _entries(S, 0, 0.9, METHOD_VERBS)
    out += _entries(E, 1, 0.9, EFFORT_GOOD)
    out += _entries(E, -1, 0.9, EFFORT_BAD)
    for lead in _AM:
        out += _entries(A, 1, 1.1, (f"{lead} {w}" for w in TRAIT_GOOD))
        out += _entries(A, -1, 1.1, (f"{lead} {w}" for w in TRAIT_BAD))
    for adj, valence in [(w, 1) for w in TRAIT_GOOD] + [(w, -1) for w in TRAIT_BAD]:
        nouns = "/".join(TRAIT_NOUNS)
        out += _entries(A, valence, 1.2, [f"a/an {adj} {nouns}"])
    faculties = "/".join(FACULTIES)
    out += _entries(A, 0, 0.8, [f"my/the {faculties}"])
    out += _entries(
        A,
        1,
        1.0,
        [
            *("material", "a born", "born to", "cut out for", "built for", "natural talent"),
            *("the ear for", "an ear for"),
        ],
    )
    out += _entries(A, -1, 1.2, ["not what it was/they were/it used to be/they used to be"])
    out += _entries(A, -1, 1.0, ["no ear for", "no talent", "hands shake", "built small"])
    out += _entries(
        A,
        0,
        1.0,
        [
            *("not much of a", "not the type", "not the sort", "at my age", "my age"),
            *("any good with/at", "no good with/at"),
        ],
    )
    return out


def class_entries(existing: Sequence[Entry]) -> list[Entry]:
    """The class entries whose phrases no entry in ``existing`` (nor an earlier class
    entry) already spells; a pattern that only partly clashes keeps its free phrases."""
    owned: set[tuple[str, ...]] = set()
    for entry in existing:
        owned.update(expand(entry.pattern))
    out: list[Entry] = []
    for entry in _built():
        seqs = list(dict.fromkeys(expand(entry.pattern)))
        free = [seq for seq in seqs if seq not in owned]
        owned.update(free)
        if len(free) == len(seqs):
            out.append(entry)
            continue
        for seq in free:
            out.append(
                Entry(
                    " ".join(seq),
                    entry.kind,
                    entry.cause,
                    entry.valence,
                    entry.weight,
                    stability=entry.stability,
                    control=entry.control,
                    trait=entry.trait,
                )
            )
    return out
