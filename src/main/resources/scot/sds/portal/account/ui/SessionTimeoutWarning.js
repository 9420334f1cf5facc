// Runs on the warning's <dialog>: $0 is when to warn and $1 when time runs out, in milliseconds after the last
// round trip to the server; $2 is the signed-out page. Each page load and each round trip restarts both.
const dialog = this;
if (!dialog.restartTimers) {
  const stay = dialog.querySelector('.stay-signed-in');
  // The person's other tabs share the session: what they do there counts here too.
  const otherTabs = window.BroadcastChannel ? new BroadcastChannel('portal-session') : null;
  let warning;
  let timeUp;
  dialog.restartTimers = (tellOtherTabs) => {
    clearTimeout(warning);
    clearTimeout(timeUp);
    if (dialog.open) {
      dialog.close();
    }
    warning = setTimeout(() => {
      dialog.showModal();
      stay.focus();
    }, $0);
    timeUp = setTimeout(() => window.location.assign($2), $1);
    if (tellOtherTabs && otherTabs) {
      otherTabs.postMessage('active');
    }
  };
  if (otherTabs) {
    otherTabs.onmessage = () => dialog.restartTimers(false);
  }
  // Escape would close the dialog without reaching the server, so the person would be signed out all the same:
  // it keeps them signed in, as the button does.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    stay.click();
  });
}
dialog.restartTimers(true);
