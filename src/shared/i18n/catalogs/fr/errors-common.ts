import type { errorsCommon as english } from '../en/errors-common';
import type { Translation } from '../translation';

export const errorsCommon = {
  'error.invalidFields': '{fields}',
  'error.notConnected': 'Pas de connexion au studio. Réessayez quand il sera de nouveau en ligne.',
  'error.noAnswer': 'Le studio n’a pas répondu à temps. Vérifiez le résultat avant de réessayer.',
  'error.pageClosed': 'La page a fermé sa connexion avant la réponse du studio.',
  'error.connectionDropped': 'La connexion au studio a été coupée avant sa réponse. Vérifiez le résultat avant de réessayer.',
  'error.badAnswer': 'Le studio a envoyé une réponse que cette page ne comprend pas. Rechargez la page.',
  'error.requestCancelled': 'La requête a été annulée.',
  'error.unreachable': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'error.serverStatus': 'Le serveur a répondu {status} {statusText}.',
  'error.helloFirst': 'Présentez-vous d’abord avec votre jeton.',
  'error.tooManyCommands': 'Trop de commandes à la fois. Ralentissez un peu.',
  'error.unknownCommand': 'Commande inconnue. Si cette page est plus ancienne que le studio, rechargez-la.',
  'error.forbiddenCommand': '{role, select, moderator {Un modérateur} guest {Un invité} overlay {L’incrustation} host {L’hôte} other {Cette page}} ne peut pas faire « {command} ».',
  'error.storage':
    '{state, select, busy {Enregistrement impossible : la base de données du studio est verrouillée par un autre programme (une sauvegarde, une synchronisation, un outil de base de données ?). Fermez ce programme ; le studio continue d’essayer.} full {Enregistrement impossible : le disque est plein. Libérez de l’espace ; le studio continue d’essayer.} other {Enregistrement impossible : le disque a refusé l’écriture ({code}). Vérifiez que le disque est branché et accessible en écriture ; le studio continue d’essayer.}}',
  'error.commandNotSaved':
    '{state, select, busy {Impossible d’enregistrer « {command} » : la base de données du studio est verrouillée par un autre programme (une sauvegarde, une synchronisation, un outil de base de données ?). Fermez ce programme ; le studio continue d’essayer. Rien n’a été modifié.} full {Impossible d’enregistrer « {command} » : le disque est plein. Libérez de l’espace ; le studio continue d’essayer. Rien n’a été modifié.} other {Impossible d’enregistrer « {command} » : le disque a refusé l’écriture ({code}). Vérifiez que le disque est branché et accessible en écriture ; le studio continue d’essayer. Rien n’a été modifié.}}',
  'error.pictureNotLoaded': 'L’image n’a pas pu être chargée ({status}).',
  'error.pictureUnreachable': 'L’image n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
  'error.http.bodyTooLarge': 'Le corps de la requête est trop volumineux.',
  'error.http.notJson': 'Envoyez le corps de la requête en JSON (Content-Type: application/json).',
  'error.http.badUrl': 'Cette adresse n’est pas valide : elle contient un échappement % incomplet.',
  'error.http.emptyBody': 'Le corps de la requête est vide ; du JSON était attendu.',
  'error.http.invalidJson': 'Le corps de la requête n’est pas du JSON valide.',
  'error.http.rateLimited': 'Trop de requêtes. Patientez un instant, puis réessayez.',
  'error.http.refused': 'Le studio n’a pas pu accepter cette requête ({code}).',
  'error.http.internal': 'Un problème est survenu dans le studio. L’hôte a été prévenu.',
  'error.http.notSaved': 'Le studio ne peut pas enregistrer pour le moment. Rien n’a été débité ni modifié ; réessayez dans une minute.',
  'error.http.nothingHere': 'Il n’y a rien ici.',
  'error.support.hostOnly': 'Seul le studio peut enregistrer ses journaux.',
  'error.ipc.notStudioPage': 'Seule la page du studio peut faire cela.',
  'error.internal': 'Le studio n’a pas pu faire cela. Réessayez ; si l’échec persiste, redémarrez le studio.',
} as const satisfies Translation<typeof english>;
