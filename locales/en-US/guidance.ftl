### What the guidance tools say: contact-window notes and message-lint findings.
### The sentences quote computed values ($start, $match, ...); the facts they rest on live in the
### market files, with their sources.

## Contact window

window-open = Open now, until { $end }.
window-closed =
    { $reason ->
        [weekend] It is not a working day there.
        [break] Offices are on their break.
        [holiday] Offices are closed for a holiday.
       *[outside-hours] It is outside working hours there.
    } The next window opens { $start }.
window-holiday = { $holiday } closes offices; the closure lasts until { $last_day }.
window-working-day = A make-up working day ({ $holiday }): offices are open although it is a rest day.
window-seasonal-hours = Seasonal office hours apply today: { $open }–{ $close }.
window-quiet-hours =
    { $basis ->
        [law] By law, marketing must not reach buyers between { $start } and { $end } local time.
       *[custom] By custom, marketing should not reach buyers between { $start } and { $end } local time.
    }
window-reply-expected = Buyers expect a first reply within { $hours } business hours: by { $by }.
window-channel = Best channel for this: { $channel }.

## Message lint

lint-taboo = “{ $match }” touches a taboo in { $market }: { $taboo }
lint-absolute-claim = “{ $match }” is an absolute claim.
lint-absolute-claim-rationale = Buyers distrust absolute answers (“our quality is absolutely fine”), and advertising rules in several markets forbid them; nothing in the world is absolute.
lint-absolute-claim-suggestion = Say what you can show instead: a test result, a warranty period, a return policy.
lint-salutation-mirror = The buyer opened with “{ $buyer }”, this reply with “{ $match }”: answer in the buyer's register (“{ $suggestion } …”).
lint-salutation-mirror-rationale = If the buyer writes “Dear …”, answer “Dear …”; if they write “Hi …”, answer “Hi …”. A different register reads as cold or too familiar.
lint-emoji = Emoji in { $channel } messages to buyers in { $market } read as unprofessional.
lint-emoji-avoid = { $match } carries a bad meaning for buyers in { $market }.
lint-length-limit = { $channel } accepts at most { $limit } characters; this text has { $count }.
lint-length-sms = This text needs { $segments } SMS segments ({ $encoding }, { $units } units; one message holds { $per }).
lint-length-rationale = Text over a channel's limit is cut off or refused; every extra SMS segment is billed.
lint-formality-plain = “{ $match }” is plain style; buyers in { $market } expect polite forms.
lint-formality-mixed = “{ $match }” is plain style in a polite text; keep to one style.
lint-formality-rationale = Mixing polite and plain style, or writing plainly where business expects politeness, reads as careless or rude.
