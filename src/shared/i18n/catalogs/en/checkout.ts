/** The checkout page's words (keys start with `checkout.`): the rehearsal server's Stripe look-alike. */
export const checkout = {
  'checkout.documentTitle': '{title} · Rehearsal checkout',
  'checkout.banner.title': 'Rehearsal checkout — no real money',
  'checkout.banner.body': 'This is a practice payment page. Nothing is charged.',

  // The order summary
  'checkout.summary.pay': 'Pay',
  'checkout.summary.payTotal': 'Pay {total}',
  'checkout.summary.quantity': 'Qty {quantity} × {unitPrice}',
  'checkout.summary.totalDue': 'Total due',
  'checkout.summary.authorizeNote': 'Your card is only authorized now. The seller charges it later, or releases it and you pay nothing.',

  // The payment form
  'checkout.form.title': 'Payment details',
  'checkout.form.contact': 'Contact',
  'checkout.form.email': 'Email',
  'checkout.form.shipping': 'Shipping address',
  'checkout.form.fullName': 'Full name',
  'checkout.form.country': 'Country or region',
  'checkout.form.line1': 'Address line 1',
  'checkout.form.line2': 'Address line 2 (optional)',
  'checkout.form.city': 'City',
  'checkout.form.postalCode': 'Postal code',
  'checkout.form.state': 'State, county or province (optional)',
  'checkout.form.card': 'Card',
  'checkout.form.cardNumber': 'Card number',
  'checkout.form.expiry': 'Expiry (MM / YY)',
  'checkout.form.expiryPlaceholder': 'MM / YY',
  'checkout.form.cvc': 'CVC',
  'checkout.form.nameOnCard': 'Name on card',
  'checkout.form.submit': '{capture, select, manual {Authorize {total}} other {Pay {total}}}',
  'checkout.form.testCards': 'Test cards',
  'checkout.form.testCardsHelp':
    '4242 4242 4242 4242 succeeds. 4000 0000 0000 0002 is declined. 4000 0000 0000 9995 is declined for insufficient funds. Use any future expiry date and any CVC.',
  'checkout.form.cancel': 'Cancel and go back',

  // Pages instead of the form
  'checkout.message.pageNotFound.title': 'Page not found',
  'checkout.message.pageNotFound.body': 'There is no checkout page at this address.',
  'checkout.message.methodNotAllowed.title': 'Method not allowed',
  'checkout.message.methodNotAllowed.body': 'This address does not accept that request.',
  'checkout.message.formTooLarge.title': 'Form too large',
  'checkout.message.formTooLarge.body': 'The form sent was too large.',
  'checkout.message.failure.title': 'Something went wrong',
  'checkout.message.failure.body': 'Please try again.',
  'checkout.message.sessionNotFound.title': 'Checkout not found',
  'checkout.message.sessionNotFound.body': 'This checkout link is not valid.',
  'checkout.message.crossSite.title': 'Not allowed',
  'checkout.message.crossSite.body': 'Payments can only be submitted from the checkout page itself.',
  'checkout.message.unsupportedForm.title': 'Unsupported form',
  'checkout.message.unsupportedForm.body': 'The payment form must be sent as a web form.',
  'checkout.message.complete.title': 'Payment complete',
  'checkout.message.complete.body': 'This checkout is already paid. Thank you!',
  'checkout.message.complete.link': 'Continue',
  'checkout.message.expired.title': 'This checkout has expired',
  'checkout.message.expired.body': 'The time to pay has run out, and nothing was charged. Start again from the store to buy.',
  'checkout.message.expired.link': 'Back to the store',

  // The line item on Stripe Checkout (written by the core in the buyer's language).
  'checkout.line.hotseat':
    '{minutes, number} min {format, select, qa {Q&A} chat {chat} selfie {selfie} other {{format}}} on air with {show}. You are charged only after your time on air; if the host does not accept, you pay nothing.',
  'checkout.line.tip': 'A tip for {show}',
  'checkout.line.gift': 'A virtual gift for {show}',
  'checkout.line.merch': 'Merchandise from {show}',
} as const;
