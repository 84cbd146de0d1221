/** The store page's words (keys start with `store.`). */
export const store = {
  // The page around the offers
  'store.documentTitle': '{title, select, none {Live store · Hotseat} other {{title} · Live store}}',
  'store.heading': 'Live store',
  'store.liveBadge': 'Live',
  'store.lede': 'Support the show — every payment goes straight to the creator.',
  'store.banner.rehearsal': '<strong>Rehearsal:</strong> this store is being tested. Checkout is pretend and no real money moves.',
  'store.banner.offline': 'You’re offline. The store will refresh when you’re back online.',
  'store.loading': 'Loading the store…',
  'store.notLive.title': 'The show isn’t live right now — check back soon',
  'store.notLive.body': 'The store opens when the show goes live.',
  'store.notLive.checkAgain': 'Check again',
  'store.error.title': 'The store could not be loaded',
  'store.empty.title': 'Nothing for sale just yet',
  'store.empty.body': 'The creator hasn’t opened any offers. Check back in a moment.',
  'store.receipts.label': 'Your receipts',
  'store.footer': '{payments, select, rehearsal {Rehearsal checkout: no real payments.} other {Payments are processed securely by Stripe.}} Powered by Hotseat.',

  // An offer card
  'store.offer.kind.tip': 'Tip',
  'store.offer.kind.gift': 'Gift · plays on stream',
  'store.offer.kind.merch': 'Merch · shipped to you',
  'store.offer.kind.hotseat': 'Hot seat · {format} · {minutes} min on air',
  'store.offer.priceFrom': 'from {amount}',
  'store.offer.seatsLeft': '{count, plural, =0 {All seats taken} one {Last seat!} other {# seats left}}',
  'store.offer.stock': 'Stock',
  'store.offer.variantStock': '{label}: {stock, select, soldOut {sold out} low {only {count} left} other {in stock}}',
  'store.offer.soldOut': 'Sold out',
  'store.offer.cta': '{kind, select, tip {Send a tip} gift {Send this gift} merch {Order} other {Request a seat}}',

  // The order form
  'store.order.name': 'Your name',
  'store.order.nameHint.hotseat': 'Shown to the host and, on air, to the audience.',
  'store.order.nameHint.other': 'Shown with your order.',
  'store.order.amount': 'Amount ({currency})',
  'store.order.amountHint': '{min} to {max}',
  'store.order.message': 'Message (optional)',
  'store.order.variant': 'Size / variant',
  'store.order.variantOption': '{label}{stock, select, soldOut { — sold out} low { — only {count} left} other {}}',
  'store.order.merchNote': 'Your email and shipping address are asked for at checkout. Ships to {countries}.',
  'store.order.question': '{required, select, yes {Your question} other {Your question (optional)}}',
  'store.order.authorizeNote':
    'Your card is only <strong>authorized</strong> now. You are charged only after your time on air; if the host doesn’t pick you, you pay nothing.',
  'store.order.submitting': 'Opening secure checkout…',
  'store.order.submit': 'Continue to payment',
  'store.order.submitWithAmount': 'Continue to payment · {amount}',
  'store.order.cancel': 'Cancel',
  'store.order.charCount': '{used} / {limit}{over, plural, =0 {} one { — # too many} other { — # too many}}',

  // What the order form says before asking the server (src/renderer/lib/checkout-form.ts)
  'store.invalid.amountMissing': 'Enter an amount',
  'store.invalid.amountFormat': 'Enter an amount like {example}',
  'store.invalid.amountMin': 'The minimum is {amount}',
  'store.invalid.amountMax': 'The maximum is {amount}',
  'store.invalid.messageLength': 'Keep it to {max} characters',
  'store.invalid.variantMissing': 'Choose a size or variant',
  'store.invalid.variantSoldOut': 'That one is sold out',
  'store.invalid.questionMissing': 'Tell the host what you want to ask',
  'store.invalid.required': '{field, select, buyerName {Your name} message {Your message} question {Your question} amount {The amount} other {This}} is required',
  'store.invalid.tooLong':
    '{field, select, buyerName {Your name} message {Your message} question {Your question} amount {The amount} other {This}} must be at most {max} characters',
  'store.invalid.other': '{field, select, buyerName {Your name} message {Your message} question {Your question} amount {The amount} other {This}} is not valid',

  // "Lost your receipt?"
  'store.resend.open': 'Lost your receipt?',
  'store.resend.formLabel': 'Send my receipts again',
  'store.resend.title': 'Lost your receipt?',
  'store.resend.intro': 'Type the email address you paid with and we will send your receipt links again.',
  'store.resend.email': 'Email address',
  'store.resend.sending': 'Sending…',
  'store.resend.submit': 'Send my receipts',
  'store.resend.sent': 'If this address bought something at this show, its receipt links are on their way. Check your inbox in a few minutes.',
} as const;
