"""Common words of the languages callers and interpreters speak, that are no one's name.

Calls through a telephone interpreter carry whole turns in Spanish (and Portuguese,
Vietnamese, Haitian Creole, transliterated Russian and Arabic). A capitalised "Muchas
gracias", "Algo más" or "Su número de teléfono" looks like a name to the gazetteer and to
spaCy, and then spreads through the call. ``foreign_trimmed`` takes these words off a
PERSON span's ends, so that "dígame Ana María" keeps "Ana María" and "ajá" keeps nothing.

Words that are also given names or surnames (Rosa, Luz, Dolores, Pilar, Consuelo, Ángel,
Jesús, Blanca, Cruz, Santos, Paz, Anh...) are left out on purpose. A few that name people
less often than they are said ("Ella dice", "Sim", "da") count only in a turn in that
language and never right after "me llamo" / "my name is".
"""

from __future__ import annotations

import regex as re

from recognizers.spoken_person_recognizer import PARTICLES, fold, lexicon, wordset

# Spanish, folded (no accents): function words, pronouns, courtesy, question words, and
# the verbs and nouns of a service call.
_SPANISH = wordset(
    # articles, pronouns, prepositions, conjunctions
    "el los las un una unos unas lo al este esta estos estas ese esa eso esto aquel "
    "yo tu usted ustedes nosotros nosotras ellos ellas me te se nos le les mi mis su sus "
    "tus nuestro nuestra suyo suya mio mia que quien quienes cual cuales cuando cuanto "
    "cuanta cuantos cuantas como donde adonde por para con sin sobre entre hasta desde "
    "hacia contra segun y o ni pero porque pues tambien tampoco muy mas menos ya aun "
    "todavia aqui alli alla aca ahi ahora luego despues antes entonces siempre nunca "
    "algo nada alguien nadie todo toda todos todas otro otra otros otras mismo misma "
    "cada poco mucho mucha muchos muchas bastante demasiado tan tanto asi bien mal "
    "si no tal vez solo solamente casi "
    # courtesy and talk
    "hola gracias favor perdon disculpe disculpa oiga mire bueno buenos buenas dias "
    "tardes noches aja claro vale listo okey senorita adios hasta luego momentito "
    "momento dale exacto correcto perfecto igualmente encantado encantada "
    # frequent verbs
    "es son soy eres somos era fue fui estoy esta estan estamos estaba "
    "tengo tiene tienen tenemos tenia hay habia he ha han hemos hace hacer hago hizo "
    "puedo puede pueden podemos podria quiero quiere queremos queria necesito necesita "
    "necesitamos dice dijo digo decir dime digame diga dice sabe se sabemos creo cree "
    "voy va vamos van ir vengo viene vino llego llamo llame llamar llamando llama "
    "pague pagar pago pagado pagaron cobraron cobrar recibi recibio enviar envio mandar "
    "mando ayudar ayuda ayudan ayudarle ayudo ver veo vea mirar entiendo entiende "
    "repetir repite repita hablar habla hablo espere esperar deme dar doy da "
    "nacio naci vivo vive cambiar cancelar pasar agregar quitar confirmar revisar "
    "escuchar escucho cuesta costo salio llegar llego perdio perdi inundo disparo "
    "solicite solicito negado negaron surtir "
    # nouns of a call
    "numero telefono direccion correo electronico fecha nacimiento nombre apellido "
    "completo cuenta tarjeta banco ruta seguro social codigo caso orden pedido "
    "reclamo poliza licencia manejar referencia confirmacion reservacion rastreo "
    "miembro empleado vencimiento saldo factura recibo carta pregunta seguridad "
    "cita receta farmacia medico doctora doctor hospital clinica casa cocina carro "
    "coche vuelo maleta zapatos mudanza deuda desempleo abogado resultados analisis "
    "compania empresa oficina interprete dinero cambio mes ano semana hoy manana "
    "ayer vez veces hijo hija hijos esposo esposa mama papa vida nueva nuevo "
    "financiera pregunta dolares centavos calle avenida apartamento ciudad estado "
    "problema servicio cliente alarma agua "
)
_PORTUGUESE = wordset(
    "nao sim obrigado obrigada olha ta tudo bem bom entao tambem voce voces meu minha "
    "seu sua isso isto aquilo ele ela eles elas nos agora aqui ali muito muita pouco "
    "qual quando onde porque por favor desculpa desculpe certo claro pois e eu tenho "
    "tem esta estou fala falar pode posso quero preciso numero telefone endereco"
)
_VIETNAMESE = wordset(
    "vang da khong phai duoc cam on chi em oi a ha roi nha nhe vay the nao la co toi "
    "ban cua voi va cho lam gi sao biet"
)
_RUSSIAN = wordset(
    "nyet net kharasho khorosho horosho spasibo pozhaluista pozhaluysta privet ladno "
    "tak nu vot ya vy ty on ona oni eto chto kak kto gde kogda pochemu zdravstvuyte "
    "izvinite konechno seichas seychas tozhe ochen"
)
_ARABIC = wordset(
    "yani yaani aywa aiwa inshallah insha shukran wallah walla mashallah yalla ahlan "
    "marhaba tamam naam laa habibi alhamdulillah salaam salam alaikum"
)
_CREOLE = wordset(
    "mwen wi non mesi bonjou bonswa enben kounye kounyea li nou yo gen konsa tanpri konnen "
    "konprann "
    "kisa kote poukisa kijan ki sa oke dako"
)
_FRENCH = wordset("oui merci bon bonjour voila alors donc accord madame monsieur")

# Given names and surnames that are also words above: never taken off as words.
_ALSO_NAMES = wordset(
    "rosa luz dolores pilar consuelo angel jesus blanca cruz santos paz sol flor "
    "mercedes esperanza amparo soledad rocio guadalupe reyes dios anh an le de del "
    "la las los van don dona senor senora senorita doctor doctora sa he ali el"
)
# Words that are also names ("Ella", "Mia", "Han", "Cho", "Dale", "Su", "Lam"): taken off
# only at a span's start, in a turn of that language, and never after a name cue.
_AMBIGUOUS = wordset(
    "ella sim da mas li yo bon tak nu on ona mia una tal alla vida esta mal cho chi ha "
    "lam ban cam ty vy ela esa hay han su lo tu al dale vale dias gen ki bueno cuesta "
    "calle caso salam salaam ahlan habibi"
)

# A single letter is a spelled letter ("p as in Peter, a, e"), never taken off as a word.
_COMMON = (
    frozenset(
        w
        for w in _SPANISH | _PORTUGUESE | _VIETNAMESE | _RUSSIAN | _ARABIC | _CREOLE | _FRENCH
        if len(w) > 1
    )
    - _ALSO_NAMES
)


def _listed(word: str) -> bool:
    """A word the name lists hold, as a name or as a name that is an English word too."""
    lex = lexicon()
    return lex.is_name(word) or any(
        word in names for names in (lex.firsts, lex.lasts, lex.word_firsts, lex.word_lasts)
    )


# A word the name lists hold ("Vang", a Hmong surname; "Tamam", an Arabic given name) is
# ambiguous too, whatever the list above says: an English turn never loses it.
_LISTED_NAMES = frozenset(w for w in _COMMON if _listed(w)) | wordset("tan son mi")
NEVER_NAMES: frozenset[str] = _COMMON - _AMBIGUOUS - _LISTED_NAMES
_AMBIGUOUS = (_AMBIGUOUS | _LISTED_NAMES) - _ALSO_NAMES
_ALL_FOREIGN = NEVER_NAMES | _AMBIGUOUS

# Words of these languages that are English words too ("can Ty call me"): no sign of a
# turn in another language.
_ENGLISH_TOO = wordset("me no he son es ha han pero dice era fue van ver sin con pan net vet ok")
_WORD = re.compile(r"[\p{L}\p{M}'’]+")
# "me llamo Ella", "se llama Da", "my name is Sim", "soy Luz": the next word names.
_NAME_CUE = re.compile(
    r"(?:\bme[ \t]+llamo|\bse[ \t]+llama|\bnombre[ \t]+es|\bname[ \t]+is|\bname's|"
    r"\bi'm|\bi’m|\bthis[ \t]+is|\bsoy|\bsenor(?:a|ita)?|\bseñor(?:a|ita)?|\bdoña|\bdon|"
    r"\bmrs?\.?|\bms\.?|\bmiss|\bdr\.?)[ \t,]*$",
    re.IGNORECASE,
)


def foreign_turn(text: str) -> bool:
    """Whether a turn is said in one of these languages: a third of its words or more
    are their common words, one at least a word no one is named and no English word
    ("the" and "me" are Vietnamese and Spanish too: "Li, it's the blue one" is English)."""
    words = [fold(w) for w in _WORD.findall(text)]
    foreign = sum(1 for w in words if w in _ALL_FOREIGN)
    lex = lexicon()
    sure = sum(
        1 for w in words if w in NEVER_NAMES and w not in _ENGLISH_TOO and not lex.is_word(w)
    )
    return sure >= 1 and foreign * 3 >= len(words)


def foreign_trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span less the common foreign words at its ends; ``None`` when nothing of a
    name is left ("muchas gracias", "su número de teléfono"). A particle stays before
    the name it starts ("de la Cruz")."""
    words = list(_WORD.finditer(text, start, end))
    if not any(fold(m.group()) in _ALL_FOREIGN for m in words):
        return start, end  # the common case: no word of these languages at all
    ambiguous_ok = foreign_turn(text) and not _NAME_CUE.search(text, max(0, start - 20), start)

    def foreign(m: re.Match) -> bool:
        w = fold(m.group())
        return w in NEVER_NAMES or (ambiguous_ok and w in _AMBIGUOUS)

    if not any(foreign(m) for m in words):
        return start, end  # "Da" after "my name is", "Ella" in an English turn
    # (a particle at the end stays: "Tá Davi da" is Davi Da)
    first, last = 0, len(words) - 1
    while first <= last and (foreign(words[first]) or fold(words[first].group()) in PARTICLES):
        first += 1
    while last >= first and fold(words[last].group()) in NEVER_NAMES:
        last -= 1  # "Ana María dice": a name's own last word is never taken as a word
    if first > last:
        return None
    while first > 0 and fold(words[first - 1].group()) in PARTICLES:
        first -= 1  # "de la Cruz": the particles belong to the surname
    if first == 0 and last == len(words) - 1:
        return start, end
    return words[first].start(), words[last].end()
