market-name = South Korea
market-summary = A demanding, very online market used to next-day delivery and instant answers. Buyers expect polite Korean, clear delivery times and customs details for cross-border orders, and a KakaoTalk channel for questions. State total costs up front and keep every promise on dates.
business-hours = Offices work 9:00–18:00 on weekdays with lunch from 12:00 to 13:00, when nobody answers. Expect no replies during Seollal and Chuseok (three days each, often longer with substitute days) or on the other one-day holidays: 1 January, 1 March, 1 May (Labour Day, a public holiday for everyone since 2026), 5 May, Buddha's Birthday, 6 June, 17 July (Constitution Day, a public holiday again since 2026), 15 August, 3 October, 9 October, 25 December and national election days.

channel-kakaotalk = Used by almost every Korean. Open a KakaoTalk Channel for one-to-one chat, order and delivery notifications (AlimTalk) and coupons; it is the first place buyers look for a seller's contact.
channel-marketplace-chat = Marketplace inquiry boards and chats (Naver Smart Store TalkTalk, Coupang, Gmarket, 11st) carry most product questions; answers are often public and affect conversion.
channel-email = Use for invoices, customs documents, refunds and anything that needs a written record; keep it formal.
channel-instagram = Strong for fashion, beauty and lifestyle products; buyers send pre-sale questions by direct message and follow campaigns there.

holiday-new-year = New Year's Day (Sinjeong)
    .note = One day off; no substitute day if it falls on a weekend. Most families celebrate the lunar New Year instead.
holiday-seollal-eve = Seollal holiday (eve)
    .note = The day before Seollal, the first of the three-day holiday; cities empty as people travel home.
holiday-seollal = Seollal (Lunar New Year)
    .note = The lunar New Year and the day after. Gift sets sell in the three to four weeks before; couriers stop and warn of delays. A substitute day is given when a holiday day falls on a Sunday or another holiday. Korea's lunar calendar runs on Seoul time, so in 2027 and 2028 Seollal is one day later than Chinese New Year (7 February 2027, 27 January 2028).
holiday-independence-movement-day = Independence Movement Day (Samiljeol)
    .note = 1 March marks the 1919 independence movement against Japanese rule; avoid Japan-themed promotions around it. Substitute day when it falls on a weekend.
holiday-election-day = Election day
    .note = Presidential, National Assembly and nationwide local election days are public holidays so that people can vote. The Public Official Election Act sets them on a Wednesday (2028: 12 April; 2030: 27 March and 12 June); an early presidential election, as on 3 June 2025, is also made a holiday.
holiday-labour-day = Labour Day (Nodongjeol)
    .note = 1 May was long a paid day off only for employees (Workers' Day); since 2026 it is a public holiday for everyone, including government offices, with a substitute day when it falls on a weekend.
holiday-childrens-day = Children's Day
    .note = The peak of "Family Month": toys and gifts sell before 5 May, and Parents' Day (8 May, not a day off) follows. Substitute day when it falls on a weekend or on another holiday (6 May 2025, when it coincided with Buddha's Birthday).
holiday-buddhas-birthday = Buddha's Birthday
    .note = Eighth day of the fourth lunar month; substitute day when it falls on a weekend (since 2023).
holiday-memorial-day = Memorial Day (Hyeonchungil)
    .note = 6 June honours those who died for the country; a sombre day with a minute's silence at 10:00, so avoid festive campaigns. No substitute day when it falls on a weekend.
holiday-constitution-day = Constitution Day (Jeheonjeol)
    .note = 17 July, a public holiday again since 2026 (it was a working day from 2008 to 2025); substitute day when it falls on a weekend.
holiday-liberation-day = Liberation Day (Gwangbokjeol)
    .note = Marks liberation from Japanese rule in 1945; avoid Japan-themed promotions around this date and 1 March.
holiday-chuseok = Chuseok (harvest festival)
    .note = Three days around the 15th day of the eighth lunar month, the biggest gift season of the year; order gift sets weeks ahead, couriers run late. Substitute day when a holiday day falls on a Sunday or another holiday.
holiday-national-foundation-day = National Foundation Day (Gaecheonjeol)
    .note = 3 October, often joined to Chuseok or Hangul Day into a long break; substitute day when it falls on a weekend.
holiday-hangul-day = Hangul Day
    .note = 9 October celebrates the Korean alphabet; substitute day when it falls on a weekend.
holiday-pepero-day = Pepero Day / 11.11 sales
    .note = Couples and friends exchange stick-shaped snacks on 11 November, and 11st's "Sipiljeol" and other marketplaces run big sales in the first half of November, alongside the government-backed Korea Sale Festa.
holiday-black-friday = Black Friday (direct-purchase season)
    .note = Korean shoppers buy heavily from overseas stores (jikgu) during US Black Friday and Cyber Monday; a key window for cross-border sellers, so state shipping times and duties clearly.
holiday-christmas = Christmas Day
    .note = A public holiday and a gift and couples' occasion; substitute day when it falls on a weekend (since 2023).
holiday-temporary-holiday = Temporary public holiday
    .note = The government sometimes declares an extra public holiday a few weeks ahead, usually to lengthen a holiday break (1 October 2024, 27 January 2025); watch the news before planning deliveries around Seollal and Chuseok.

etiquette-salutation = Address the buyer as "gogaeknim" (valued customer) or by full name plus "-nim" (for example "Kim Minji-nim"). Never use the given name alone or the surname alone.
    .title = Salutation
etiquette-jondaetmal = Always write in polite speech (jondaetmal): the formal -seumnida style for notices and e-mail, the polite -yo style in chat. Casual speech (banmal) or clumsy machine translation is read as rude.
    .title = Polite speech
etiquette-reply-time = Korean buyers expect fast service; reply within a few hours in working time and give a concrete delivery date and tracking number. For cross-border orders, say up front how many days delivery and customs take.
    .title = Reply time
etiquette-payment = Buyers pay with Korean cards and wallets such as Naver Pay, Kakao Pay and Toss; some Korean cards are for domestic use only, so offer local payment options or a marketplace that has them, and show prices in KRW.
    .title = Payment
etiquette-customs-code = For parcels to Korea, ask for the buyer's Personal Customs Clearance Code (the letter P followed by 12 digits, issued free on the Korea Customs UNI-PASS site) and check that it matches the recipient's name and phone number. Never ask for the resident registration number. Goods up to USD 150 (USD 200 from the US) are usually duty-free; say who pays duties above that.
    .title = Customs code and personal data

taboo-number-4 = Avoid the number 4 in product sets, prices and packaging.
    .rationale = The word for four (sa) sounds like the Sino-Korean word for death; many buildings label the fourth floor "F".
taboo-red-ink-names = Never write a living person's name in red.
    .rationale = Red is traditionally used to write the names of the dead.
taboo-rising-sun-flag = Do not use the Rising Sun flag or sunburst designs that resemble it.
    .rationale = Koreans see it as a symbol of Japanese militarism and colonial rule; brands using it have faced boycotts.
taboo-east-sea-dokdo = Do not label the sea east of Korea only as "Sea of Japan" or the Dokdo islets as "Takeshima" on maps, globes or product copy.
    .rationale = Korea calls them the East Sea (Donghae) and Dokdo; the Japanese names provoke complaints and boycotts.

## Commerce facts

commerce-payments = Korean buyers pay by credit card (often in instalments, 할부) or with the Naver Pay, Kakao Pay and Toss Pay wallets; virtual-account bank transfer (무통장입금) is used too. Foreign shops should accept Korean-issued cards with their local authentication and offer at least one wallet.
commerce-marketplaces = Coupang (with next-day Rocket delivery) and Naver Shopping's Smart Stores are the main marketplaces, then Gmarket and 11st; AliExpress and Temu have grown quickly for cross-border purchases.
commerce-import = Goods for personal use worth up to USD 150 (USD 200 from the United States under KORUS) clear by list without duty or VAT; above that the buyer pays duty (often 8%) and 10% VAT on the whole value. Parcels arriving on the same day can be added together for this limit. Every personal import needs the buyer's Personal Customs Clearance Code (PCCC); a missing code, or one whose name or phone number does not match, stops the parcel.
commerce-delivery = From China 4-10 days, from the EU 7-15 days by post or cross-border line, 3-5 by express; Korea Post, CJ Logistics, Hanjin and Lotte deliver the last mile. Addresses run from large to small: the five-digit postcode, province/city, district, road name and building number, then apartment complex, building (동) and unit (호), then the name.
commerce-returns = Buyers may withdraw from an online purchase within 7 days of receiving the goods (Electronic Commerce Act, art. 17), or within 3 months of receipt (and 30 days of discovery) when the goods differ from the description; the seller pays the return then.
commerce-customs-id = The PCCC is a code starting with P and 12 digits that Korea Customs issues free on the UNI-PASS website or app; buyers use it instead of their resident registration number. Ask for it at checkout, together with a name and phone number matching the customs registration.
    .name = Personal Customs Clearance Code (PCCC, 개인통관고유부호)
