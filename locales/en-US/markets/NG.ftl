market-name = Nigeria
market-summary = Africa's most populous market: young, social-media-driven buyers who shop through Jumia, Instagram vendors and WhatsApp. Trust is the key issue: buyers fear scams, so answer quickly and respectfully, show real photos and proof, and offer pay on delivery or local payment options in naira.
business-hours = Offices work Monday to Friday, about 8:00–17:00; markets and many shops also open on Saturday. Expect slow replies around Friday midday prayer in the north, on Sunday mornings (church), and on public holidays; a holiday that falls on a Saturday or Sunday gets a day off on the next working day that is not already a holiday, which the Federal Government announces a few days before.

channel-whatsapp = The main sales and support channel; buyers expect to chat, see photos and videos, and confirm delivery there. Use WhatsApp Business with a catalogue.
channel-instagram = The shop window for fashion, beauty, hair and gadgets; buyers check your followers, reviews and tagged posts before they trust you.
channel-phone = Many buyers call to confirm an order or delivery address; dispatch riders call before delivery.
channel-x = Nigerians are very active on X; it is where complaints go public, so reply politely and move details to a private channel.
channel-email = For receipts, invoices and formal complaints; less used for conversation.

holiday-new-year = New Year's Day
    .note = 1 January; if it falls on a weekend, the next working day is off.
holiday-easter = Easter weekend (Good Friday to Easter Monday)
    .note = Good Friday and Easter Monday are public holidays; a four-day weekend for many.
holiday-workers-day = Workers' Day
    .note = 1 May, public holiday; the next working day is off if it falls on a weekend.
holiday-democracy-day = Democracy Day
    .note = 12 June, public holiday since 2019 (it replaced 29 May); the next working day is off if it falls on a weekend.
holiday-independence-day = Independence Day (National Day)
    .note = 1 October, public holiday (the next working day is off if it falls on a weekend); green-and-white themed promotions are common.
holiday-eid-al-fitr = Eid al-Fitr (Id el Fitr)
    .note = Two days off declared by the Federal Government (Ministry of Interior), usually only days ahead and guided by the Sultan of Sokoto's moon sighting, so they may differ by a day from other countries; a day that falls on a weekend is replaced by the next working day, and an extra day is sometimes added (11 April 2024). Strong sales of clothes and food in the north.
holiday-eid-al-adha = Eid al-Adha (Id el Kabir / Sallah)
    .note = Two days off declared by the Federal Government, with a weekend day replaced by the next working day (for example Friday 6 and Monday 9 June 2025); livestock, clothing and food spending peaks before it.
holiday-mawlid = Prophet's Birthday (Id el Maulud)
    .note = One day off declared by the Federal Government for 12 Rabi al-Awwal as sighted in Nigeria; moved to the next working day when it falls on a weekend.
holiday-black-friday = Black Friday
    .note = Jumia and other retailers run it as a month-long November sale; it is the biggest online shopping event of the year.
holiday-christmas = Christmas Day and Boxing Day
    .note = 25–26 December; the "detty December" season brings the year's highest spending, travel home and slow deliveries. When either day falls on a weekend the next working days are off (27 and 28 December in 2021). Publish cut-off dates early.

holiday-good-friday = Good Friday
    .note = Public holiday; most shops and offices are closed.
holiday-easter-monday = Easter Monday
    .note = Public holiday; offices are closed.

etiquette-salutation = Be respectful: use "Sir" or "Ma", or a title and surname ("Mr Okafor", "Mrs Bello", "Dr Adeyemi", "Chief", "Alhaji" where the buyer uses it). Do not call an older buyer by first name unless invited.
    .title = Salutation
etiquette-greetings-first = Start with a greeting ("Good morning Sir, hope you are well") before business; a curt reply reads as rude. Keep a warm, personal tone.
    .title = Greetings first
etiquette-trust = Bank transfer, pay on delivery and local gateways (Paystack, Flutterwave, Opay) are the norm, priced in naira. Many naira cards have low or no limits for foreign-currency payments, so avoid dollar-only checkout. Share real photos, tracking and receipts to show you are genuine.
    .title = Payment and trust
etiquette-reply-time = Reply within a few hours on WhatsApp; buyers who wait too long assume a scam and move to another vendor. Confirm every order and delivery by message.
    .title = Reply time
etiquette-pidgin = Write in clear English. Many buyers chat in Nigerian Pidgin; you may mirror light Pidgin if the buyer uses it, but never imitate it mockingly.
    .title = Language
etiquette-religion = Nigeria is roughly half Muslim (mainly north) and half Christian (mainly south); greet buyers for both Eid and Christmas, and avoid religious jokes.
    .title = Religion

taboo-waka = Never show the open palm with spread fingers pushed toward someone (the "waka" or "wáká" gesture).
    .rationale = It is one of the strongest insults in Nigeria, like cursing the person.
taboo-left-hand = In images, hand over, receive or eat with the right hand.
    .rationale = Giving or receiving with the left hand is considered disrespectful in many Nigerian cultures.
taboo-scam-stereotypes = Do not use "419", "Nigerian prince" or scam jokes, and do not suggest a buyer may be a fraudster when checking payments.
    .rationale = The stereotype is widely resented; handle fraud checks neutrally, the same way for every buyer.
taboo-religious-ethnic-topics = Keep out of religion, ethnic rivalry, Biafra and election politics in marketing and messages.
    .rationale = These are divisive and have led to violence; taking a side alienates large groups of buyers.
taboo-alcohol-north = Do not market alcohol or show drinking to buyers in northern states.
    .rationale = Several northern states apply Sharia law and ban alcohol sales, and most buyers there are Muslim.

## Commerce facts

commerce-payments = Bank transfer is the most used online payment, followed by cards (Verve, Visa, Mastercard) through local gateways, cash or transfer on delivery and wallets such as OPay. Card limits for foreign-currency spending are tight, so price in naira where you can.
commerce-marketplaces = Jumia and Konga are the main marketplaces and Jiji the main classifieds site; Temu has gained buyers.
commerce-import = Parcels pay import duty, 7.5% VAT and other levies on clearance, collected by the courier or paid at the NIPOST customs office; this profile does not state a duty-free threshold. Clearance delays are common.
commerce-delivery = From China 10-30 days, from the EU 7-20 days, 4-8 by express; DHL and other couriers are far more reliable than post. Postcodes are rarely used: give the street address, area, city and state, a landmark and the buyer's phone number.
commerce-returns = Nigerian law gives no general cooling-off right for online purchases; the shop's policy applies, and the FCCPA 2018 protects buyers of defective goods.
