/**
 * Folded single words that are places somewhere in GeoNames but, capitalised in English news,
 * are almost always something else: common words, titles, institutions, months and days, and
 * first names. A name on this list is a place only with a context word ("the town of Mobile")
 * or inside a longer known name.
 */
const WORDS = `
a about above across after again against ago aid air all along also although among an and another any are area army
around as at attack attacks authorities back bank banks battle be because been before being best between big black
blue border both bridge brigade but by called camp can capital captain case central centre center chairman chief
children church city civil civilians coalition colonel command commander congress corps council could court crossing
day days deal death defence defense democracy department deputy did district division do does down during each early
east eastern economy election embassy emergency end energy even every fall far fighters fire first five for force forces
foreign four free freedom friday from front general gold good government governor great green group guard guards had
harbour harbor has have he health heritage her here high highway his home hope hospital hotel house how however human
i if in independence independent interior international into is it its january february march april may june july
august september october november december jail joint just justice key king kings lake land last later law leader
leaders liberty life lines local long lord made main major many mayor media middle military minister ministry mobile
monday month more most mount mountain much museum must my nation national navy near new news next night nine no none
north northern not now of office officer officials oil old on once one only or order other our out over palace park
parliament party patrol peace people plain point police port post power president press prime prince prison
province public queen rain rapid reading red reform region republic rescue right river road rock royal rule
safe saturday school sea second secretary security senate senior seven several she since six so some south southern
spring square state states station still strip sunday support supreme table taken ten than that the their them then
there these they third this those three through thursday time to today tomorrow top tower town trade trust tuesday two
under union unity university until up upper us valley very victory village wall war was water way we wednesday well
were west western what when where which while white who why will winter with within world year years yesterday you
young zone
jesus god allah mohammed muhammad ahmed ahmad ali hassan hussein omar umar abdullah khalid salim salem idris ibrahim
mustafa mahmoud yusuf youssef karim nasser bashar hafez said saeed sultan amir emir president mary john james david
paul george michael peter victoria elizabeth charles william alexander grace hope faith joy
`;

export const PLACE_STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Words that, right before a capitalised name, say it is a person or a title, not a place. */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  `mr mrs ms dr sheikh shaikh imam general gen gen. colonel col lieutenant lt major maj captain capt sergeant
  president minister prime king queen prince princess emir sultan pope bishop rev father brother sister judge
  senator governor mayor commander chief spokesman spokeswoman spokesperson leader`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs of saying: "Idris said" is a person speaking, not the town of Idris. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `said says told confirmed added stated warned announced claimed denied insisted explained noted urged called
  demanded accused vowed tweeted wrote argued asked replied reported`
    .split(/\s+/)
    .filter(Boolean),
);
