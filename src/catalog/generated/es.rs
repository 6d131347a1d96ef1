// @generated from data/ by build/ (the texts of Spanish, `es`). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.

use super::{REASON_COUNT, TEXT_ROWS, UI_KEYS};

/// Per record (rows as in `super::TEXT_ROWS`): ["title", "meaning", "when_seen", "how_to_fix"].
pub(super) static TEXTS: [[&str; 4]; TEXT_ROWS] = [
    // 211
    [
        "Estado del sistema o respuesta de ayuda del sistema",
        "El servidor responde a una solicitud de información con un informe sobre su estado o con ayuda general. Es una respuesta de éxito pensada para que la lea una persona; no se ha enviado ni modificado ningún correo.",
        "Los servidores pueden enviarlo en respuesta a `HELP`, como alternativa a `214`. Casi nunca aparece en la entrega normal de correo, porque el software de correo no tiene motivo para pedir ayuda.",
        "No hay nada que corregir: el comando funcionó. Lee el texto si lo pediste, pero no hagas que un programa dependa de su redacción, que cambia de un servidor a otro.",
    ],
    // 214
    [
        "Mensaje de ayuda",
        "El servidor responde a `HELP` con un texto para personas, como los comandos que acepta o cómo usar alguno de ellos. Es una respuesta de éxito; no ha cambiado nada en la entrega del correo.",
        "Los servidores lo envían en respuesta a `HELP`, con o sin un nombre de comando como argumento, a menudo repartido en varias líneas. Lo ven sobre todo quienes prueban un servidor escribiendo comandos a mano.",
        "No hay nada que corregir. Lee el texto si pediste ayuda; los programas no deberían analizarlo, porque su contenido es libre y varía de un servidor a otro.",
    ],
    // 220
    [
        "Servicio listo",
        "El servidor está listo. Como primera línea de una conexión, es el saludo que invita al cliente a continuar con `EHLO`; como respuesta a `STARTTLS`, indica al cliente que inicie ya la negociación TLS.",
        "Los servidores lo envían en cuanto un cliente se conecta, normalmente seguido de su nombre de host, y en respuesta a `STARTTLS` cuando están listos para cifrar la conexión. Un servidor que rechaza la sesión entera saluda en su lugar con `554` o `521`.",
        "No hay nada que corregir. Tras el saludo, el cliente continúa con `EHLO`. Tras un `220` en respuesta a `STARTTLS`, completa la negociación TLS y vuelve a enviar `EHLO`, porque lo acordado antes del cifrado deja de valer.",
    ],
    // 221
    [
        "Servicio cerrando el canal de transmisión",
        "El servidor aceptó `QUIT` y está cerrando la conexión de forma ordenada. Todo lo que confirmó antes en la sesión sigue confirmado.",
        "Los servidores lo envían en respuesta a `QUIT` al final normal de una sesión, normalmente con su nombre de host. Suele aparecer como última línea en el log de una entrega fallida, pero solo refleja la despedida, no el fallo.",
        "No hay nada que corregir. Si una entrega falló en la misma sesión, mira la respuesta inmediatamente anterior a `QUIT`: esa es la que indica el problema.",
    ],
    // 235
    [
        "Autenticación correcta",
        "El intercambio `AUTH` tuvo éxito: el servidor aceptó el nombre de usuario y la contraseña, u otras credenciales, para el resto de la sesión. Normalmente lleva el código de estado mejorado `2.7.0`.",
        "Los servidores lo envían al final de un intercambio `AUTH` correcto, típicamente cuando un programa de correo o una aplicación inicia sesión en su servidor de correo saliente antes de enviar.",
        "No hay nada que corregir. Si el envío sigue fallando después de este punto, la causa está en una respuesta posterior, por ejemplo un `550` o un `554` relativo al remitente o a un destinatario.",
    ],
    // 250
    [
        "Acción de correo solicitada correcta, completada",
        "El comando se ejecutó correctamente. Después del punto final del mensaje (o del último fragmento `BDAT`) significa algo más: el servidor ha asumido la responsabilidad del mensaje y lo entregará o enviará un rebote más adelante.",
        "Los servidores lo envían para aceptar `EHLO`, `MAIL FROM`, cada `RCPT TO`, los datos del mensaje, `RSET`, `NOOP` y un `VRFY` o `EXPN` verificado. También lo usan las extensiones: para cada fragmento `BDAT`, para `BURL`, cuando `ETRN` inicia el procesamiento de la cola y cuando `ATRN` cede la sesión.",
        "No hay nada que corregir. Si un mensaje aceptado con `250` nunca llegó, se perdió después de este servidor: revisa los logs de ese servidor, con el ID de cola que muchos servidores incluyen en el texto, y la carpeta de spam del destinatario.",
    ],
    // 251
    [
        "Usuario no local; se reenviará",
        "El servidor aceptó al destinatario, pero el buzón no está en este servidor: pasará el mensaje a otra dirección, que indica en el texto. Nada ha fallado. En respuesta a `ETRN`, el mismo código significa en cambio que no hay correo en espera para el dominio solicitado.",
        "Los servidores pueden enviarlo tras `RCPT TO` o `VRFY` para un usuario que se ha mudado a una dirección nueva. También pueden reenviar sin avisar y responder con un simple `250`. Los servidores compatibles con `ETRN` lo envían cuando la cola del dominio indicado está vacía.",
        "No hay que hacer nada con este mensaje. Si el texto indica una dirección nueva, el remitente puede actualizar su libreta de direcciones para que el correo futuro vaya allí directamente.",
    ],
    // 252
    [
        "No se puede verificar el usuario, pero se aceptará el mensaje y se intentará la entrega",
        "El servidor no confirma si la dirección existe, pero aceptará correo para ella e intentará entregarlo. La respuesta no dice nada sobre el buzón. En respuesta a `ETRN`, el mismo código significa que el servidor ha empezado a enviar el correo en espera para ese dominio.",
        "Muchos servidores responden así a todos los `VRFY` y `EXPN`, porque confirmar direcciones ayuda a los spammers a recopilarlas. También es la respuesta cuando esta necesitaría texto UTF-8 que el cliente no habilitó con `SMTPUTF8`.",
        "No hay nada que corregir. No lo tomes como prueba de que el buzón existe: la única forma de saberlo es enviar un mensaje y ver si llega un rebote.",
    ],
    // 253
    [
        "Iniciado el envío de los mensajes pendientes para el nodo, con recuento de mensajes",
        "Respuesta a `ETRN`: el servidor ha empezado a entregar el correo que guarda para el dominio o host solicitado, y el texto indica cuántos mensajes hay en espera. Es una respuesta de éxito.",
        "Los servidores compatibles con `ETRN` lo envían a un sitio con conexión intermitente, como el servidor de correo de una pequeña oficina, que se ha conectado para pedir su correo en cola. Ningún otro comando lo devuelve.",
        "No hay nada que corregir. Mantén accesible tu propio servidor de correo: el proveedor le entrega los mensajes en cola a través de conexiones SMTP nuevas y normales.",
    ],
    // 334
    [
        "Desafío de autenticación",
        "El servidor está en mitad de un intercambio `AUTH` y espera la siguiente respuesta del cliente. El texto tras el código son datos en base64 definidos por el mecanismo elegido, como un desafío; puede estar vacío.",
        "Los servidores lo envían tras `AUTH` y tras cada respuesta del cliente hasta completar el intercambio. Un log que se detiene en `334` indica que el cliente nunca respondió o que la conexión se cortó.",
        "En sí no hay nada que corregir: el cliente responde con una línea en base64, o con `*` para cancelar. Si los inicios de sesión se quedan colgados aquí, comprueba que el cliente y el servidor admiten el mismo mecanismo y que nada entre ellos corta la conexión.",
    ],
    // 354
    [
        "Comienza la entrada del correo; termina con una línea que solo contenga un punto",
        "El servidor aceptó `DATA` y espera el mensaje propiamente dicho: los campos de cabecera, una línea en blanco, el cuerpo y, por último, una línea con un único punto. Todavía no se ha aceptado nada para su entrega.",
        "Los servidores lo envían en respuesta a `DATA` una vez aceptado al menos un destinatario. Una sesión que termina justo después de `354` suele indicar que la conexión se cortó o agotó el tiempo de espera mientras se enviaba el mensaje.",
        "No hay nada que corregir: envía el mensaje, termínalo con la línea del punto y espera la respuesta final, `250` o un error. Si las sesiones se atascan aquí con frecuencia, busca un enlace de red lento o inestable o un dispositivo de filtrado entre los dos servidores.",
    ],
    // 355
    [
        "El desplazamiento en octetos es el desplazamiento de la transacción",
        "Respuesta de la extensión experimental de puntos de control y reanudación: el servidor aún guarda parte de un mensaje de un intento interrumpido con el mismo ID de transacción, y el número del texto indica cuántos octetos tiene ya. La transferencia puede reanudarse desde ahí en lugar de empezar de nuevo.",
        "Solo lo envían los servidores que ofrecen la extensión `CHECKPOINT`, en respuesta a un `MAIL FROM` con un parámetro `TRANSID` que coincide con una transacción sin terminar. En la práctica es muy poco frecuente.",
        "No hay nada que corregir. Un cliente que usa la extensión continúa la transacción y envía solo lo que sigue al desplazamiento indicado; un cliente que nunca envía `TRANSID` no debería recibir nunca esta respuesta.",
    ],
    // 400
    [
        "Fallo temporal, inténtalo de nuevo más tarde",
        "No es una respuesta estándar: ningún RFC define `400`, y no dice nada más allá de su primer dígito, que indica un fallo temporal. El servidor de correo Courier lo usa para varios rechazos temporales, por ejemplo cuando exige `STARTTLS` primero o no puede consultar un destinatario en ese momento.",
        "Courier responde con él a la mayoría de los comandos cuando la conexión debe ir cifrada y el cliente aún no ha enviado `STARTTLS`. También responde así a `RCPT TO` cuando falla su consulta de alias, y lo usa para indicar que no se pudo iniciar su proceso interno de envío.",
        "Trátalo como cualquier otra respuesta 4xx y deja que el servidor emisor lo reintente más tarde. Si el texto pide `STARTTLS`, activa TLS en el cliente o en el servidor emisor. Si sigue apareciendo por otro motivo, el operador del servidor que responde debe revisar sus logs.",
    ],
    // 417
    [
        "Fallo temporal en la comprobación del remitente o de HELO",
        "No es una respuesta estándar: ningún RFC define `417`. El servidor de correo Courier lo envía cuando no pudo completar una comprobación del remitente por un motivo temporal, normalmente una consulta DNS del dominio del remitente o del nombre `HELO`. Su equivalente permanente en Courier es `517`.",
        "Courier responde con él a `MAIL FROM` cuando están activadas sus comprobaciones opcionales del remitente y la consulta DNS del dominio del remitente o del nombre `HELO` falla o agota el tiempo de espera. También se usa para resultados SPF que el servidor está configurado para tratar como temporales y no como definitivos.",
        "Deja que el servidor emisor lo reintente; una breve caída del DNS se resuelve sola. Si persiste, el administrador del dominio del remitente debe comprobar que los servidores DNS del dominio responden de forma fiable, y el servidor emisor debe anunciar un nombre `HELO` que se pueda resolver.",
    ],
    // 421
    [
        "Servicio no disponible, cerrando el canal de transmisión",
        "El servidor está cerrando la conexión y no procesará nada más en esta sesión. El problema es temporal: tu mensaje no tiene nada de malo y la misma entrega debería funcionar más tarde.",
        "Los servidores lo envían en lugar del saludo cuando están sobrecargados o te están aplicando listas grises, y en respuesta a cualquier comando cuando tienen que apagarse. Un servidor que se detiene bruscamente puede enviarlo justo antes de que se corte la conexión.",
        "No hay nada que corregir en el mensaje: deja que tu servidor de correo lo mantenga en cola y lo reintente más tarde, con intervalos crecientes. Si ocurre una y otra vez desde una misma dirección IP de envío, reduce el ritmo de envío, comprueba que la dirección no está en una lista de bloqueo y lee el texto tras el código, que a menudo indica el motivo.",
    ],
    // 422
    [
        "Código no oficial asociado a una transición de contraseña",
        "No es una respuesta estándar: ningún RFC define `422` y no consta que ningún software de servidor lo envíe. Su único rastro oficial es el registro de IANA, que lo incluye junto a `432` como código básico que puede acompañar a `X.7.12` («se necesita una transición de contraseña»).",
        "Llegaría en respuesta a `AUTH`, en la situación en que el RFC que lo define usa `432 4.7.12`. La entrada junto a `X.7.12`, heredada de la primera versión del registro, es todo lo que existe.",
        "Trátalo como `432`: inicia sesión una vez con el mecanismo PLAIN a través de una conexión cifrada y luego vuelve a usar el mecanismo preferido. Si el texto dice otra cosa, sigue el texto y pregunta al proveedor de correo qué quiere decir con ese código.",
    ],
    // 424
    [
        "Fallo temporal al expandir un alias o un reenvío",
        "No es una respuesta estándar: ningún RFC define `424`. OpenSMTPD lo envía, junto con `4.2.4`, cuando por el momento no puede determinar adónde debe ir el correo de un destinatario, porque falló la consulta de un alias, de una dirección virtual o de un archivo de reenvío.",
        "OpenSMTPD lo da en respuesta a `RCPT TO` cuando una consulta de tabla para el destinatario devuelve un error temporal, como una base de datos o un archivo que no se puede leer, o el archivo de reenvío de un usuario que no se puede comprobar. La forma permanente del mismo problema es `524` con `5.2.4`.",
        "El lado emisor solo tiene que reintentarlo más tarde. El operador del servidor OpenSMTPD receptor debe leer sus logs, revisar las tablas de alias, direcciones virtuales y reenvíos que usa, y asegurarse de que los sistemas en los que se apoyan estén accesibles.",
    ],
    // 430
    [
        "Código no oficial asociado a un comando no válido",
        "No es una respuesta estándar: ningún RFC define `430` y no consta que ningún software de servidor lo envíe. Su único rastro oficial es el registro de IANA, que lo incluye entre los códigos básicos que pueden acompañar a `X.5.1` («comando no válido»). Al ser un código 4xx, debe tratarse como un fallo temporal.",
        "No hay ninguna situación definida para él. Es de suponer que un servidor que lo envía rechaza un comando por no admitido o fuera de secuencia e indica a la vez que un reintento podría funcionar, así que el texto tras el código es la única explicación real.",
        "Trátalo como temporal, igual que cualquier código 4xx desconocido, y deja que el servidor emisor lo reintente más tarde. Si sigue apareciendo, comprueba que el cliente envía los comandos en el orden habitual y pregunta al operador del servidor que responde qué significa allí el código.",
    ],
    // 431
    [
        "El sistema de correo receptor está lleno",
        "No es una respuesta estándar: ningún RFC define `431`, aunque el número refleja el código de estado mejorado `4.3.1`. El servidor de correo Courier lo envía cuando le falta espacio en disco y no puede aceptar con seguridad el destinatario o el mensaje, y también por un límite flexible del número de destinatarios.",
        "Courier responde con él a `RCPT TO` cuando el espacio libre está por debajo de su umbral, y al final de `DATA` cuando el mensaje no se puede escribir por falta de espacio. Con un límite flexible de destinatarios configurado, cada `RCPT TO` que supera el límite lo recibe con una nota sobre el exceso de destinatarios.",
        "El remitente solo tiene que esperar: un servidor de correo normal conserva el mensaje y lo reintenta, y los destinatarios rechazados por el límite van en una transacción posterior. El operador del servidor receptor debe liberar espacio en disco o ampliar el sistema de archivos que contiene la cola de correo.",
    ],
    // 432
    [
        "Se necesita una transición de contraseña",
        "Todavía no se puede iniciar sesión en esta cuenta con el mecanismo `AUTH` elegido. El servidor necesita primero un inicio de sesión con el mecanismo simple PLAIN para poder preparar lo que requiere el mecanismo elegido. Se envía con el código de estado mejorado `4.7.12`.",
        "Los servidores lo envían en respuesta a `AUTH` cuando aún no tienen las credenciales de la cuenta en la forma que necesita el mecanismo solicitado. Es poco frecuente; la mayoría de los usuarios de correo nunca se lo encuentran.",
        "En el programa de correo, inicia sesión una vez con PLAIN, solo a través de una conexión cifrada, y luego vuelve al mecanismo preferido; a partir de entonces debería funcionar. Si el programa no permite elegir el mecanismo, pide al proveedor de correo que complete la transición de la cuenta.",
    ],
    // 435
    [
        "No se puede autenticar en este momento",
        "No es una respuesta estándar: ningún RFC define `435`; la extensión de autenticación usa `454` para los fallos temporales. Exim lo envía cuando no pudo decidir si el inicio de sesión es válido, así que el problema está en el lado del servidor y puede desaparecer.",
        "Exim responde con él a `AUTH` cuando un autenticador aplaza la decisión, por ejemplo porque falla una consulta de contraseña en una base de datos o en un servicio externo, o porque no se puede evaluar una comprobación configurada. Un resultado inesperado de un autenticador se notifica con el mismo código y las palabras «Internal error».",
        "Vuelve a intentar el inicio de sesión más tarde; las credenciales no se consideraron incorrectas. Si persiste, el administrador de Exim debe consultar el log principal, que registra por qué el autenticador aplazó la decisión, y reparar la consulta o el servicio del que depende.",
    ],
    // 450
    [
        "Acción de correo solicitada no realizada: buzón no disponible",
        "El servidor no aceptó ahora el mensaje para este destinatario, pero solo de forma provisional: el buzón estaba ocupado o bloqueado, o una comprobación de política como las listas grises pidió al remitente que volviera más tarde. Un intento posterior con el mismo mensaje puede funcionar.",
        "Los servidores lo envían tras `RCPT TO` o tras los datos del mensaje, típicamente por listas grises o mientras un buzón o un remitente está bloqueado temporalmente. Los proveedores ODMR lo usan para rechazar una petición `ATRN`, y un servidor de envío puede usarlo para un mensaje cuya prioridad `MT-PRIORITY` es demasiado baja.",
        "Normalmente nada: el servidor emisor pone el mensaje en cola y lo reintenta, y el correo retenido por listas grises pasa en un intento posterior. Si los retrasos duran días, el administrador del remitente debe leer el texto tras el código, revisar las listas de bloqueo y contactar con el postmaster del destinatario.",
    ],
    // 451
    [
        "Acción solicitada cancelada: error local en el procesamiento",
        "El servidor tuvo un problema temporal de su lado al procesar el comando, como una consulta DNS o de base de datos fallida o un servicio interno que no respondió, y abandonó este paso. Tu mensaje no es la causa, y un reintento posterior puede funcionar.",
        "Los servidores lo envían tras `MAIL FROM`, `RCPT TO` o los datos del mensaje cuando falla una comprobación o consulta interna. También rechaza `ATRN` cuando el proveedor no puede procesarlo en ese momento, y `BURL` cuando el servidor IMAP que contiene el mensaje no es accesible. Un cliente trata una conexión cortada como un `451`.",
        "Deja que el servidor emisor lo reintente más tarde; la mayoría de los casos se resuelven solos. Si se repite, el operador del servidor que responde debe localizar en sus logs el componente que falla; el texto tras el código y códigos de estado mejorados como `4.4.3` o `4.3.0` ayudan a acotarlo.",
    ],
    // 452
    [
        "Acción solicitada no realizada: almacenamiento del sistema insuficiente",
        "El servidor no puede aceptar esto ahora porque le faltan recursos: espacio en disco, o ha llegado a su límite de destinatarios por mensaje. La situación es temporal, así que el mismo mensaje puede aceptarse más tarde o en partes más pequeñas.",
        "Los servidores lo envían tras `MAIL FROM` cuando el tamaño declarado con `SIZE` no cabe en el espacio libre, tras `RCPT TO` al alcanzar el límite de destinatarios de un mensaje, y tras los datos del mensaje cuando se agota el almacenamiento. Los destinatarios aceptados antes de alcanzar un límite siguen aceptados.",
        "Si hay demasiados destinatarios, el cliente envía el mensaje a los destinatarios ya aceptados y el resto en una transacción posterior; un buen software de correo lo hace por sí solo. Si falta almacenamiento, reinténtalo más tarde; si persiste, el operador del servidor debe liberar espacio en disco o ampliar los límites.",
    ],
    // 453
    [
        "No tienes correo",
        "Respuesta de ODMR (On-Demand Mail Relay) a `ATRN`: el proveedor no tiene correo en cola para tus dominios, así que no hay nada que entregar en esta sesión. Es una respuesta temporal solo porque puede llegar correo nuevo más adelante; no hay ningún problema.",
        "Los proveedores ODMR lo envían cuando el servidor de correo de un cliente, típicamente uno con una dirección IP cambiante, pide su correo con `ATRN` y la cola está vacía. En su lugar, los proveedores pueden aceptar con `250` y terminar la sesión de inmediato.",
        "No hay nada que corregir: vuelve a preguntar más tarde, como hace normalmente el servidor del cliente según su propia programación. Si esperabas correo, confirma con el proveedor que el correo de tus dominios se está reteniendo para ODMR.",
    ],
    // 454
    [
        "Fallo temporal de TLS o de autenticación",
        "Un paso de seguridad falló por un motivo temporal en el lado del servidor. Tras `STARTTLS`, el servidor no puede iniciar el cifrado en este momento; tras `AUTH`, no pudo comprobar las credenciales, normalmente con `4.7.0`. La contraseña no fue rechazada.",
        "Los servidores lo envían en respuesta a `STARTTLS` cuando su configuración TLS no se puede usar temporalmente, por ejemplo porque no se puede cargar el certificado, y en respuesta a `AUTH` cuando el servicio que comprueba las contraseñas no responde.",
        "No vuelvas a escribir la contraseña ni la cambies; reinténtalo más tarde. Tras `STARTTLS`, la política del servidor emisor decide si continuar sin cifrar, reintentar más tarde o desistir. Si persiste, el operador del servidor debe revisar la configuración TLS o el servicio de autenticación.",
    ],
    // 455
    [
        "El servidor no puede atender los parámetros",
        "El servidor entendió los parámetros de extensión de `MAIL FROM` o `RCPT TO`, pero no puede respetarlos en este momento. Volver a intentarlo más tarde puede funcionar; el equivalente permanente es `555`.",
        "Los servidores lo envían cuando un parámetro opcional pide algo que no pueden ofrecer en ese momento, por ejemplo un plazo de entrega fijado con `BY` (Deliver By) que las condiciones actuales hacen imposible. Es poco habitual en el correo cotidiano.",
        "Deja que el cliente lo reintente más tarde. Si sigue ocurriendo, busca el parámetro que indica el texto y, cuando sea aceptable, envía sin él o relaja su valor, por ejemplo con un plazo de entrega más amplio.",
    ],
    // 458
    [
        "No se pueden poner en cola los mensajes para el nodo",
        "Respuesta a `ETRN`: el servidor no pudo iniciar en este momento un ciclo de entrega para el dominio o host solicitado. El correo en cola se sigue conservando; solo falló la petición de enviarlo ahora.",
        "Los servidores compatibles con `ETRN` lo envían a un sitio con conexión intermitente que pide su correo en cola, si no se puede iniciar el procesamiento de la cola, por ejemplo porque el servidor está ocupado.",
        "Vuelve a enviar `ETRN` más tarde; el proveedor también entrega el correo según su calendario normal de reintentos. Si persiste, pide al administrador de correo del proveedor que revise la cola de tu dominio.",
    ],
    // 459
    [
        "Nodo no permitido",
        "Respuesta a `ETRN`: el servidor se niega a iniciar un ciclo de entrega para el dominio o host que indicaste, y el texto da el motivo. Si el motivo es una configuración de permisos, volver a pedirlo sin cambios no servirá de nada.",
        "Los servidores lo envían cuando el nombre que sigue a `ETRN` no es uno para el que guarden correo, o cuando el host que se conecta no tiene permiso para iniciar un ciclo de entrega para él.",
        "Comprueba que el argumento de `ETRN` es exactamente el dominio para el que el proveedor te guarda correo en cola, y que te conectas de la forma que el proveedor permite. Si no, pide al proveedor que habilite `ETRN` para ese dominio.",
    ],
    // 500
    [
        "Error de sintaxis, comando no reconocido",
        "El servidor no reconoció en absoluto la palabra del comando, o la línea de comando era demasiado larga para leerla. No se hizo nada, y el fallo está en lo que envió el cliente, no en el mensaje ni en el destinatario.",
        "Los servidores lo envían para comandos mal escritos o desconocidos, para líneas de comando que superan el límite de longitud estándar y para comandos de extensión que no conocen. Durante `AUTH` también indica una línea de respuesta del cliente demasiado larga (`5.5.6`).",
        "Corrige el cliente, no el mensaje: revisa cómo está escrito el comando, mantén las líneas de comando dentro del límite de longitud estándar y usa comandos de extensión solo si el servidor los incluyó en su respuesta a `EHLO`. Enviar la misma línea otra vez fallará de la misma manera.",
    ],
    // 501
    [
        "Error de sintaxis en los parámetros o argumentos",
        "El servidor conoce el comando, pero lo que lo seguía no era aceptable: una dirección, un parámetro o un argumento está mal formado, repetido o fuera de rango. La palabra del comando en sí era correcta.",
        "Los servidores lo envían para una dirección mal formada en `MAIL FROM` o `RCPT TO`, un argumento de `EHLO` no válido, argumentos añadidos a comandos que no los admiten (como `STARTTLS` o `DATA`) y valores no válidos de parámetros de extensión. `AUTH` lo devuelve cuando el cliente cancela el intercambio o envía datos que no son Base64 válido.",
        "Corrige la línea de comando en el cliente: escribe las direcciones entre corchetes angulares sin espacios junto a los dos puntos, comprueba los nombres y valores de los parámetros según la extensión que los define y quita los argumentos que el comando no admite. El texto tras el código suele señalar la parte errónea.",
    ],
    // 502
    [
        "Comando no implementado",
        "El servidor reconoció el comando, pero no lo admite, bien porque nunca se incorporó, bien porque su operador lo desactivó. El comando estaba bien formado; simplemente este servidor no lo ofrece.",
        "Los servidores lo envían para `VRFY`, `EXPN` o `HELP` cuando no están disponibles, y los servidores muy antiguos lo envían en respuesta a `EHLO` porque solo conocen `HELO`. Los servidores de retransmisión bajo demanda responden con él a todos los comandos excepto `EHLO`, `AUTH`, `ATRN` y `QUIT`.",
        "No repitas el comando en este servidor: continúa sin él y, tras `EHLO`, usa solo las extensiones que el servidor anuncia. Si se rechaza el propio `EHLO`, recurre a `HELO`. Si de verdad necesitas esa función, pregunta al operador del servidor si puede activarse.",
    ],
    // 503
    [
        "Secuencia de comandos incorrecta",
        "El comando es válido por sí mismo, pero se envió en un momento incorrecto de la sesión. Es un error permanente en el orden de los comandos del cliente, no un problema del servidor, así que esperar y repetir la misma secuencia no servirá de nada.",
        "Las causas típicas son `RCPT TO` antes de cualquier `MAIL FROM`, un segundo `MAIL FROM` dentro de una transacción abierta, `DATA` sin ningún destinatario aceptado y `AUTH` después de un inicio de sesión correcto o en mitad de una transacción. Los servidores que rechazaron la sesión con un saludo `554` también responden con él a los comandos posteriores.",
        "Corrige el orden de los comandos del cliente: `EHLO`, `AUTH` si hace falta, `MAIL FROM`, uno o más `RCPT TO` y luego `DATA`, solo después de que al menos un destinatario haya recibido `250`. Envía `RSET` para volver a un estado limpio. Revisa también las respuestas anteriores en el log, ya que un `MAIL FROM` o un `RCPT TO` rechazado suele provocar el `503` que viene después.",
    ],
    // 504
    [
        "Parámetro de comando no implementado",
        "El servidor admite el comando, pero no la opción o el valor indicado con él. La sintaxis era correcta; simplemente el servidor no ofrece esa variante del comando.",
        "El caso más habitual es un `AUTH` que nombra un mecanismo que el servidor no admite o no permite en la conexión actual (`5.5.4`). Los servidores también lo envían para argumentos de `VRFY`, `EXPN` o `HELP` que no gestionan, y para parámetros de conversión de contenido en `MAIL FROM` o `RCPT TO` que no implementan.",
        "Elige una opción que el servidor ofrezca: para `AUTH`, un mecanismo de la lista de la respuesta a `EHLO`, y ejecuta antes `STARTTLS` si el mecanismo que quieres solo se ofrece en conexiones cifradas. Si no, envía el comando sin el parámetro no admitido.",
    ],
    // 511
    [
        "No hay ningún buzón con ese nombre aquí",
        "No es una respuesta estándar: ningún RFC define `511`. Las versiones antiguas del parche chkuser para qmail con vpopmail lo envían para rechazar un destinatario que no existe o que no puede ser válido. El número refleja el código de estado mejorado `5.1.1`, y también se escribe `511` como abreviatura de `550 5.1.1`.",
        "El parche chkuser responde con él a `RCPT TO` cuando el buzón no existe en un dominio de vpopmail, cuando a la dirección le falta el dominio o tiene un formato no válido, o cuando el dominio del destinatario o del remitente no tiene un MX utilizable. Las versiones actuales de chkuser envían en su lugar `550` con `5.1.1`.",
        "Revisa si la dirección del destinatario tiene errores tipográficos y confírmala con el destinatario por otra vía; si la reenvías sin cambios, volverá a fallar. Si el texto dice que no se encontró un MX válido, el administrador del dominio indicado debe publicar registros MX que funcionen.",
    ],
    // 517
    [
        "Dirección del remitente rechazada",
        "No es una respuesta estándar: ningún RFC define `517`; el número refleja el código de estado mejorado `5.1.7`. El servidor de correo Courier lo envía para rechazar definitivamente a un remitente, porque la dirección del remitente, su dominio o el servidor que se conecta no superó una de las comprobaciones de Courier.",
        "Courier responde con él a `MAIL FROM` cuando el remitente está en su lista de bloqueo, cuando el dominio del remitente no existe o tiene registros MX no válidos o bloqueados, cuando una dirección de un servicio de correo gratuito llega desde fuera de los servidores de ese proveedor, cuando falla SPF o cuando el nombre `HELO` no supera la comprobación.",
        "El administrador del remitente debe asegurarse de que el dominio existe con registros MX válidos y un registro SPF que cubra los servidores de envío, y de que el servidor anuncia un nombre `HELO` que se pueda resolver. Si la dirección en sí está bloqueada, solo el operador del servidor receptor puede levantar el bloqueo.",
    ],
    // 521
    [
        "El host no acepta correo",
        "El host al que te conectaste nunca acepta correo para nadie; solo responde para decirlo. Es una afirmación permanente sobre el servidor, no sobre tu mensaje ni sobre tu dirección de envío.",
        "Los servidores lo envían en lugar del saludo `220` habitual; suelen ser servidores de correo ficticios que funcionan para hosts o dominios que no reciben correo. Después, el servidor puede responder a los demás comandos otra vez con `521` o simplemente cerrar la conexión.",
        "No reintentes con este host. Comprueba que la dirección del destinatario y su dominio están bien escritos; si lo están, pide al destinatario otra dirección. Si el dominio debe recibir correo, su administrador tiene que apuntar sus registros MX a un servidor de correo real.",
    ],
    // 522
    [
        "El buzón del destinatario está lleno",
        "No es una respuesta estándar: ningún RFC define `522`; el número refleja el código de estado mejorado `5.2.2`. Las versiones antiguas del parche chkuser para qmail con vpopmail lo envían cuando el buzón del destinatario supera su umbral de cuota.",
        "El parche chkuser responde con él a `RCPT TO` cuando la comprobación de cuota está activada en el servidor y el buzón del destinatario está más lleno que el porcentaje configurado. Las versiones actuales de chkuser envían `552` con `5.2.2` en la misma situación.",
        "Avisa al destinatario por otra vía de que su buzón está lleno; tiene que borrar correo u obtener una cuota mayor. Vuelve a enviar después, porque un reintento inmediato se rechaza de la misma manera.",
    ],
    // 523
    [
        "Se requiere cifrado",
        "Ningún RFC define `523` como respuesta SMTP, así que no es estándar, y ninguna especificación publicada dice qué servidores lo envían. Solo aparece en el registro de IANA como código básico de `X.7.10`: el mecanismo de autenticación elegido solo puede usarse a través de una conexión cifrada.",
        "Respondería a un `AUTH` con un mecanismo en texto claro, como PLAIN, en una conexión que no se ha cifrado. Los servidores estándar indican esta situación con `504`, o no ofrecen esos mecanismos antes de `STARTTLS`.",
        "Ejecuta `STARTTLS`, envía de nuevo `EHLO` y repite `AUTH` sobre la conexión cifrada; en un programa de correo, activa TLS para el servidor saliente. Otra opción es elegir un mecanismo que no envíe la contraseña en texto claro.",
    ],
    // 524
    [
        "Se requiere cifrado para el mecanismo de autenticación solicitado",
        "Ningún RFC define `524` como respuesta SMTP, así que no es estándar, y ninguna especificación publicada dice qué servidores lo envían. El registro de IANA lo incluye, junto al obsoleto `538`, como código básico de `X.7.11`: el mecanismo de inicio de sesión elegido solo se permite en una conexión cifrada.",
        "Respondería a un `AUTH` enviado por una conexión sin cifrar con un mecanismo que el servidor solo permite tras `STARTTLS`. Los servidores estándar rechazan esa petición con `504`, o no anuncian el mecanismo hasta que la conexión está cifrada.",
        "Ejecuta `STARTTLS`, vuelve a enviar `EHLO` para obtener la lista actual de mecanismos y luego repite `AUTH`. Si el servidor no ofrece cifrado, usa un mecanismo que anuncie para la conexión sin cifrar.",
    ],
    // 525
    [
        "Cuenta de usuario desactivada",
        "Ningún RFC define `525` como respuesta SMTP, así que no es estándar, y ninguna especificación publicada dice qué servidores lo envían. El registro de IANA solo lo incluye como código básico de `X.7.13`: los datos de inicio de sesión eran correctos, pero la cuenta está desactivada.",
        "Respondería a `AUTH` tras una comprobación correcta de las credenciales, para una cuenta que un administrador ha bloqueado, por ejemplo por impago, abuso o sospecha de intrusión. El bloqueo se mantiene hasta que el titular de la cuenta lo resuelva con el proveedor.",
        "Cambiar la contraseña o la configuración del programa de correo no servirá de nada. Ponte en contacto con el proveedor o el administrador de la cuenta de correo para saber por qué se desactivó y pedir que se vuelva a activar.",
    ],
    // 530
    [
        "Se requiere autenticación",
        "El servidor no ejecutará el comando hasta que la sesión esté autenticada o, en algunos servidores, hasta que la conexión esté cifrada con `STARTTLS`. El mensaje y la dirección están bien; a la sesión le falta un inicio de sesión o el cifrado.",
        "Los servidores de envío lo devuelven a `MAIL FROM` y a los comandos posteriores cuando el cliente no ha iniciado sesión con `AUTH`. Los servidores que exigen TLS lo envían, con un texto que pide `STARTTLS` primero, a todos los comandos excepto `NOOP`, `EHLO`, `STARTTLS` y `QUIT` hasta que el cifrado está activo.",
        "Activa la autenticación del servidor saliente en el programa de correo, con el nombre de usuario y la contraseña de la cuenta, y activa TLS si el texto lo pide. El software cliente debe enviar `STARTTLS`, luego `EHLO` de nuevo y después `AUTH`, todo ello antes de `MAIL FROM`.",
    ],
    // 533
    [
        "Entrega no autorizada, mensaje rechazado",
        "Ningún RFC define `533` como respuesta SMTP, así que no es estándar, y ninguna especificación publicada dice qué servidores lo envían ni para qué comando. Su único rastro oficial es el registro de IANA, que lo incluye entre los códigos básicos de `X.7.1` («entrega no autorizada»).",
        "Ninguna secuencia de comandos estándar lo produce. Lo más razonable es interpretar que un servidor que lo envía rechaza el correo de forma permanente por motivos de política, como con `550` y `5.7.1`: este remitente o este host de envío no puede entregar a este destinatario.",
        "Trátalo como un rechazo de política `550`: lee el texto y el código de estado mejorado, comprueba que tu host de envío tiene permiso para entregar o retransmitir este correo y contacta con el postmaster del destinatario si crees que el bloqueo es erróneo. Los clientes deben tratarlo como permanente por su primer dígito.",
    ],
    // 534
    [
        "El mecanismo de autenticación es demasiado débil",
        "El servidor rechazó el método de inicio de sesión que eligió el cliente, porque su política exige uno más robusto para este usuario. La contraseña puede ser perfectamente correcta; solo se rechazó el mecanismo.",
        "Los servidores lo envían, con `5.7.9`, en respuesta a `AUTH` cuando el mecanismo indicado en el comando es más débil de lo que el servidor permite para esa cuenta.",
        "Reintenta `AUTH` con un mecanismo más robusto de la lista de la respuesta a `EHLO`; en un programa de correo, cambia el ajuste del método de autenticación. Introducir una contraseña nueva no servirá de nada.",
    ],
    // 535
    [
        "Credenciales de autenticación no válidas",
        "El inicio de sesión falló porque el servidor no aceptó el nombre de usuario, la contraseña u otras credenciales. Es la respuesta general a un `AUTH` fallido cuando no corresponde ningún código más específico.",
        "Los servidores lo envían, normalmente con `5.7.8`, al final de un intercambio `AUTH` cuando la contraseña es incorrecta, el usuario es desconocido o las credenciales no bastan para esta cuenta.",
        "Revisa el nombre de usuario y la contraseña guardados en el programa de correo y corrígelos; el software cliente debe volver a pedírselos al usuario en lugar de reintentar con las mismas credenciales. Si son correctos, consulta las instrucciones de configuración del proveedor, ya que algunos exigen una contraseña aparte u otro método de inicio de sesión para enviar correo.",
    ],
    // 538
    [
        "Se requiere cifrado para el mecanismo de autenticación solicitado",
        "El servidor rechazó el mecanismo de inicio de sesión elegido porque solo puede usarse a través de una conexión cifrada. El RFC 4954 declaró obsoleto este código: los servidores actuales no deben ofrecer esos mecanismos antes del cifrado y, si se piden, deben rechazarlos con `504`.",
        "Los servidores antiguos, creados según el estándar de autenticación anterior, lo envían, con `5.7.11`, en respuesta a `AUTH` en una conexión que no ha ejecutado `STARTTLS`, normalmente para mecanismos en texto claro.",
        "Envía `STARTTLS`, luego `EHLO` de nuevo, y repite `AUTH` sobre la conexión cifrada; en un programa de correo, activa TLS para el servidor saliente. Los operadores de servidores deben dejar de enviar este código y ocultar esos mecanismos hasta que TLS esté activo.",
    ],
    // 546
    [
        "Bucle de enrutamiento detectado, demasiadas cabeceras Received",
        "No es una respuesta estándar: ningún RFC define `546`; el número refleja el código de estado mejorado `5.4.6`. El servidor de correo Courier lo envía cuando un mensaje ha pasado por tantos servidores que es casi seguro que está dando vueltas en un bucle.",
        "Courier responde con él al final de `DATA` cuando la cabecera del mensaje contiene más de 100 líneas Received. Estos bucles suelen deberse a reglas de reenvío, alias o ajustes de MX y de enrutamiento que se pasan el correo de un sistema a otro una y otra vez.",
        "Lee las líneas Received del mensaje rebotado para ver qué servidores se repiten y luego corrige la regla de reenvío, el alias o el ajuste de enrutamiento que devuelve el correo. Si lo reenvías antes, volverá a entrar en el bucle.",
    ],
    // 550
    [
        "Acción solicitada no realizada: buzón no disponible",
        "El servidor rechazó de forma permanente esta dirección o este mensaje. O bien el buzón no existe, o el remitente no tiene acceso a él, o una política local, como el filtrado de spam, las reglas de retransmisión (relay) o las comprobaciones del remitente, rechaza el correo.",
        "Los servidores lo envían en respuesta a `RCPT TO` para destinatarios desconocidos (`5.1.1`) y para retransmisiones que no permiten (a menudo `5.7.1`), a `MAIL FROM` para remitentes rechazados, y tras el final de `DATA` para correo rechazado por política. El código de estado mejorado que le sigue distingue estos casos.",
        "Lee el código de estado mejorado y el texto. Con `5.1.1`, revisa cómo está escrita la dirección o pide al destinatario una correcta. Con rechazos de política como `5.7.1`, el administrador del dominio emisor debe revisar SPF, DKIM y las listas de bloqueo o contactar con el postmaster del destinatario. Reenviar sin cambios volverá a fallar.",
    ],
    // 551
    [
        "Usuario no local; prueba otra dirección",
        "El servidor no gestiona el correo de este destinatario y no lo reenviará; el texto suele indicar la dirección que debe usarse en su lugar. Es una de las pocas respuestas cuyo texto puede aprovechar un cliente para actuar.",
        "Los servidores lo envían en respuesta a `RCPT TO` o `VRFY` para un usuario que se ha mudado o cuyo correo se gestiona en otro lugar, cuando el sitio decide revelar la nueva dirección en vez de reenviar sin avisar. Los sitios que no quieren revelar direcciones responden en su lugar con un simple `550`.",
        "Comprueba que la dirección que da el texto es verosímil, envía allí el mensaje y actualiza el contacto. Si no se da ninguna dirección, pide al destinatario la actual por otra vía.",
    ],
    // 552
    [
        "Acción de correo solicitada cancelada: asignación de almacenamiento superada",
        "Un límite de tamaño o de almacenamiento detuvo la acción: el mensaje es más grande de lo que acepta el servidor o el buzón, o el almacenamiento del destinatario está agotado. La dirección es correcta; el problema es el tamaño del correo.",
        "Los servidores lo envían en respuesta a `MAIL FROM` cuando el `SIZE` declarado supera su máximo, tras el final de `DATA` cuando el mensaje resulta demasiado grande, y en respuesta a `RCPT TO` si el buzón está lleno (`5.2.2`). Los servidores antiguos también lo usaban para el exceso de destinatarios, cuyo código correcto es `452`.",
        "Reduce el tamaño del mensaje, por ejemplo enviando los archivos grandes como enlace, y no superes el límite `SIZE` que el servidor anuncia tras `EHLO`. Si el buzón del destinatario está lleno, el destinatario debe liberar espacio. Un cliente que lo recibe tras muchos comandos `RCPT TO` debe enviar los destinatarios restantes en una transacción posterior.",
    ],
    // 553
    [
        "Acción solicitada no realizada: nombre de buzón no permitido",
        "El servidor rechazó la dirección por cómo está escrita: la sintaxis es incorrecta, contiene caracteres que el servidor no acepta o coincide con más de un usuario. El problema es la forma de la dirección, no si el buzón existe.",
        "Los servidores lo envían en respuesta a `MAIL FROM` o `RCPT TO` para direcciones mal formadas y para direcciones no ASCII que no pueden aceptar (`5.6.7`), y en respuesta a `VRFY` cuando un nombre es ambiguo.",
        "Revisa la dirección carácter a carácter: exactamente una arroba, sin espacios, sin corchetes ni comillas sueltos y con un dominio completo. Corrígela y vuelve a enviar; si contiene caracteres no ASCII, usa la dirección ASCII simple del destinatario, si tiene una.",
    ],
    // 554
    [
        "Transacción fallida",
        "Un fallo permanente general: el servidor rechazó toda la transacción o toda la sesión, no una dirección concreta. Se usa cuando no encaja ningún código más preciso, así que el texto y el código de estado mejorado que lo siguen contienen el motivo real.",
        "Los servidores lo envían en lugar del saludo `220` para rechazar de entrada a un cliente («No SMTP service here»), en respuesta a `DATA` cuando no se aceptó ningún destinatario, y tras el final de `DATA` cuando se rechaza el contenido. Los servidores de envío también lo usan para comandos o datos de mensaje improcedentes.",
        "Busca el motivo en el texto y en el código de estado mejorado; reenviar sin cambios no servirá de nada. Como saludo, suele significar que el host o la dirección IP de envío está rechazado por política, así que el administrador del dominio emisor debe revisar las listas de bloqueo o contactar con el sitio receptor. Tras el mensaje, cambia el contenido que se rechazó.",
    ],
    // 555
    [
        "Parámetros de MAIL FROM/RCPT TO no reconocidos o no implementados",
        "El servidor no conoce, o no admite, un parámetro de extensión añadido a `MAIL FROM` o `RCPT TO`. La dirección en sí puede ser correcta; el rechazo se debe al parámetro adicional.",
        "Los servidores lo envían cuando un cliente añade parámetros como `SMTPUTF8`, `REQUIRETLS` o `MT-PRIORITY` que el servidor no anunció tras `EHLO`. Los servidores que ofrecen Deliver By también lo envían para un plazo de entrega que nunca podrán cumplir.",
        "Haz que el cliente envíe solo los parámetros que el servidor anunció en su respuesta a `EHLO`, o quita el parámetro y vuelve a intentarlo. Si el mensaje depende de la extensión, entrégalo a través de un servidor que la admita o devuélvelo al remitente.",
    ],
    // 556
    [
        "El dominio no acepta correo",
        "El dominio del destinatario ha declarado que no recibe ningún correo, así que ninguna dirección de ese dominio puede recibir el mensaje. Es una respuesta permanente sobre todo el dominio, no sobre un buzón.",
        "Los relays y los servidores de envío lo devuelven a `RCPT TO` sin llegar a intentar la conexión, normalmente porque el dominio publica un registro MX nulo (`5.1.10`). Un error tipográfico en la parte de dominio de la dirección es una causa frecuente.",
        "Revisa si hay errores tipográficos en el dominio que va tras la arroba y pide al destinatario una dirección que funcione. Si el dominio es tuyo y quieres recibir correo, sustituye el registro MX nulo por registros MX reales.",
    ],
    // 557
    [
        "Los datos del mensaje superan el tamaño máximo",
        "No es una respuesta estándar: ningún RFC define `557`; el código habitual para un mensaje demasiado grande es `552`. Alibaba Cloud Direct Mail lo envía a sus propios clientes cuando un mensaje enviado a través de su servicio SMTP supera el tamaño que permite el servicio.",
        "Direct Mail lo da al final de `DATA` cuando el mensaje completo, adjuntos incluidos, supera su límite de tamaño. Procede de Direct Mail al aceptar tu mensaje, no del servidor del destinatario.",
        "Reduce el tamaño del mensaje: comprime o quita adjuntos, o comparte los archivos grandes como enlaces, y consulta los límites de tamaño en la documentación de Direct Mail. Si vuelves a enviar el mismo mensaje, se rechazará de nuevo.",
    ],
    // 559
    [
        "Dirección de destinatario no válida",
        "No es una respuesta estándar: ningún RFC define `559`. Alibaba Cloud Direct Mail lo envía a sus clientes cuando una dirección de destinatario figura en la lista de direcciones no válidas conocidas del servicio, y se niega a enviar allí.",
        "Direct Mail responde con él a `RCPT TO` mientras acepta un mensaje de tu aplicación, antes de intentar ninguna entrega, cuando la dirección coincide con su lista global de direcciones no válidas. No se contacta con el servidor del propio destinatario.",
        "Revisa si la dirección tiene errores tipográficos y confírmala con el destinatario por otra vía. Elimina de tus listas las direcciones que realmente no son válidas, porque volver a enviarles solo repite el rechazo.",
    ],
    // 571
    [
        "Entrega no autorizada, rechazada por la política local",
        "No es una respuesta estándar: ningún RFC define `571`; el número refleja el código de estado mejorado `5.7.1`. El servidor de correo Courier lo envía cuando un filtro de destinatarios rechaza el mensaje, y las versiones antiguas del parche chkuser para qmail lo envían cuando un cliente supera sus límites o no pasa sus comprobaciones del remitente.",
        "Courier responde con él a `RCPT TO` cuando un filtro configurado rechaza al destinatario sin aportar su propio texto. El parche chkuser responde con él a `RCPT TO` cuando una sesión supera su límite de destinatarios o tiene demasiados destinatarios desconocidos, y cuando la dirección del remitente tiene un formato no válido.",
        "Lee el texto tras el código. Si hay demasiados destinatarios, divide el envío en lotes más pequeños por conexión; si el remitente no es válido, corrige su dirección. Si un filtro rechazó el correo, solo el administrador del destinatario puede decir por qué y permitirlo.",
    ],
    // X.0.0
    [
        "Otro estado no definido",
        "El código solo indica la clase del resultado y nada sobre su causa: `2.0.0` es un éxito sin más, `4.0.0` un fallo temporal sin especificar y `5.0.0` un fallo permanente sin especificar. Cualquier explicación real está en el texto que sigue al código.",
        "Los servidores ponen `2.0.0` en las respuestas de éxito rutinarias, por ejemplo en la respuesta `221` a `QUIT`. Las formas de fallo se usan para errores que el software no puede asociar a un código más específico, y los informes de entrega deben recurrir a `4.0.0` o `5.0.0` cuando no encaja ningún código específico.",
        "Con `2.0.0` no hace falta nada, y con `4.0.0` tu servidor simplemente reintenta más tarde. Con `5.0.0`, lee el texto de la respuesta o del rebote, que suele indicar la causa; si no lo hace, envía la línea de error completa y su hora al administrador del servidor que la generó.",
    ],
    // X.1.0
    [
        "Otro estado de dirección",
        "Algo relacionado con una dirección, la del remitente o la de un destinatario, provocó este estado, y el servidor no da más detalles. Con la clase 2 solo confirma que se aceptó una dirección; con la clase 4 o 5, la dirección se rechazó por un motivo que el código no indica.",
        "La forma de éxito `2.1.0` suele responder a un `MAIL FROM` aceptado, como en el ejemplo del RFC 2034. Las formas de fallo llegan en respuesta a `MAIL FROM` o `RCPT TO` cuando una comprobación de dirección falla por un motivo que no cubre ninguno de los códigos de direccionamiento más específicos.",
        "Con `2.1.0` no hace falta nada. En los demás casos, revisa las direcciones del remitente y del destinatario en busca de errores tipográficos, caracteres sobrantes o un dominio equivocado, y lee el texto tras el código para conocer el motivo real. Si las direcciones son correctas, pregunta al administrador del servidor que las rechazó.",
    ],
    // X.1.1
    [
        "Dirección de buzón de destino incorrecta",
        "El dominio del destinatario acepta correo, pero el buzón indicado antes de la `@` no existe allí. El RFC 3463 lo reserva para fallos permanentes, así que la forma normal es `5.1.1`.",
        "Los servidores receptores responden a `RCPT TO` con `550` y `5.1.1` para un usuario desconocido, y los rebotes lo notifican cuando un servidor posterior descubre que el buzón no existe. IANA también lo asocia con `451`, así que puede aparecer un `4.1.1` temporal, aunque la situación en sí se considera permanente.",
        "Revisa cómo está escrita la parte anterior a la `@` y confirma la dirección con el destinatario por otra vía; puede que la persona se haya ido o haya cambiado de dirección. Reenviar a la misma dirección no servirá de nada. Si administras el dominio receptor y el usuario debería existir, revisa el buzón, sus alias y el directorio de usuarios.",
    ],
    // X.1.2
    [
        "Dirección de sistema de destino incorrecta",
        "La parte de la dirección del destinatario que va tras la `@` no lleva a ningún sistema que acepte correo: el dominio no existe o no puede recibir correo electrónico. El RFC 3463 lo reserva para fallos permanentes, así que aparece como `5.1.2`.",
        "Los servidores emisores lo notifican en los rebotes cuando la consulta DNS del dominio del destinatario no encuentra ese dominio o ningún servidor de correo utilizable. Los relays y los servidores de envío también pueden devolverlo a `RCPT TO` para un dominio al que saben que no se puede entregar.",
        "Revisa si el dominio tiene errores tipográficos, como una letra que falta o una terminación mal escrita, y confirma la dirección con el destinatario. Si el dominio es tuyo, asegúrate de que está registrado y publica registros MX o de dirección correctos.",
    ],
    // X.1.3
    [
        "Sintaxis incorrecta en la dirección del buzón de destino",
        "La dirección del destinatario no es una dirección bien formada, así que el servidor ni siquiera la consultó. El fallo puede estar en cualquier parte, antes o después de la `@`. El RFC 3463 lo reserva para fallos permanentes, así que aparece como `5.1.3`.",
        "Los servidores responden a `RCPT TO` con `501` y `5.1.3` cuando la dirección contiene caracteres prohibidos o espacios, le falta la `@` o tiene una de más, no lleva los corchetes angulares o es demasiado larga. Los rebotes lo muestran cuando un relay posterior no puede analizar una dirección.",
        "Corrige la dirección: quita espacios, comillas y signos de puntuación sueltos, y asegúrate de que tiene exactamente una `@` seguida de un dominio válido. Los desarrolladores deben comprobar que el cliente envía la dirección sola, entre corchetes angulares, tras `RCPT TO`. Las direcciones con caracteres no ASCII necesitan servidores compatibles con `SMTPUTF8`.",
    ],
    // X.1.4
    [
        "Dirección del buzón de destino ambigua",
        "La dirección del destinatario coincide con más de un buzón del sistema receptor, así que el servidor no puede saber a qué persona se refería. El RFC 3463 no lo limita a una sola clase.",
        "Procede de sistemas que asocian direcciones a buzones por aproximación, por ejemplo comparando el nombre de una persona, cuando la búsqueda encuentra varios candidatos. El RFC 5321 muestra la misma situación para `VRFY`, respondida con `553`.",
        "Usa la dirección exacta y completa del destinatario en lugar de un nombre o una forma abreviada, y pídesela si es necesario. Los administradores del sistema receptor pueden hacer que la dirección sea única o desactivar la coincidencia aproximada.",
    ],
    // X.1.5
    [
        "Dirección de destino válida",
        "Un estado de éxito: la dirección del destinatario se comprobó y se aceptó. El RFC 3463 lo reserva para informes positivos, así que solo aparece como `2.1.5`.",
        "Los servidores ponen `2.1.5` en la respuesta `250` a cada `RCPT TO` aceptado, como en el ejemplo del RFC 2034. Los informes de entrega también pueden mostrarlo para un destinatario al que el mensaje se retransmitió o entregó correctamente.",
        "No hay nada que corregir. Ten en cuenta que un destinatario aceptado todavía no es un mensaje entregado: el servidor aún puede rechazar el mensaje después de recibir los datos, o rebotarlo más tarde.",
    ],
    // X.1.6
    [
        "El buzón de destino se ha trasladado, sin dirección de reenvío",
        "La dirección funcionaba antes, pero el buzón ya no acepta correo y el servidor no tiene una dirección nueva que ofrecer. El RFC 3463 lo reserva para fallos permanentes, así que aparece como `5.1.6`.",
        "Los servidores receptores lo devuelven a `RCPT TO`, o lo notifican en un rebote, para direcciones antiguas, como las de personas que han dejado una organización o se han cambiado a otro proveedor.",
        "Deja de usar esta dirección y quítala de tus contactos y listas de correo. Contacta con la persona por otro medio para obtener su dirección actual. A diferencia de `551`, no se da ninguna dirección nueva, así que no hay nada que reintentar.",
    ],
    // X.1.7
    [
        "Sintaxis incorrecta en la dirección del buzón del remitente",
        "La dirección del remitente, normalmente la indicada en `MAIL FROM`, no es una dirección bien formada. El RFC 3463 no lo asocia a una sola clase, pero una dirección mal formada se volverá a rechazar si se envía sin cambios.",
        "Los servidores responden con él a `MAIL FROM`, junto con `501` o `553`, cuando la dirección tiene caracteres no válidos, no tiene dominio, le falta la `@` o no lleva corchetes angulares. Pueden provocarlo scripts, formularios web y dispositivos con una dirección de remitente mal configurada.",
        "Corrige la dirección del remitente en la configuración del programa o dispositivo que envía, para que sea una dirección completa con un dominio válido. Los desarrolladores deben comprobar que `MAIL FROM` lleva solo la dirección, entre corchetes angulares, sin nombre para mostrar.",
    ],
    // X.1.8
    [
        "Dirección de sistema del remitente incorrecta",
        "El dominio de la dirección del remitente no existe o no puede recibir correo, así que las respuestas y los rebotes nunca podrían llegar al remitente. `5.1.8` significa que el dominio no es utilizable; `4.1.8`, que la comprobación no pudo completarse por ahora y puede funcionar más tarde.",
        "Los servidores receptores responden con él a `MAIL FROM` tras consultar el dominio del remitente en el DNS y no encontrar ningún destino de correo utilizable. Muchos receptores rechazan este correo porque un remitente que no puede recibir rebotes suele ser señal de spam.",
        "Envía desde una dirección cuyo dominio exista y pueda recibir correo, y revisa la configuración de aplicaciones o dispositivos en busca de errores tipográficos y dominios de ejemplo. Si el dominio es tuyo, asegúrate de que está registrado y tiene registros MX o de dirección, y no publiques un MX nulo en un dominio desde el que envías.",
    ],
    // X.1.9
    [
        "Mensaje retransmitido a un sistema de correo no compatible",
        "La dirección del destinatario era válida y el mensaje se transmitió, pero a un sistema que no admite el seguimiento de mensajes, así que no hay más información sobre su avance. No es un error, y el RFC 3886 solo lo usa como `2.1.9`.",
        "Aparece en los informes de seguimiento de mensajes (RFC 3886), siempre junto con la acción «relayed», cuando el rastro de un mensaje termina en un sistema que no puede responder a peticiones de seguimiento. Normalmente no se envía como respuesta SMTP.",
        "No hay nada que corregir: el mensaje salió de los sistemas con seguimiento de forma normal. Para confirmar la entrega, pregunta al destinatario o al operador del siguiente sistema.",
    ],
    // X.1.10
    [
        "La dirección del destinatario tiene un MX nulo",
        "El dominio del destinatario publica un MX nulo, un registro DNS que declara que el dominio no acepta ningún correo. La dirección nunca podrá recibir correo, así que es un fallo permanente: `5.1.10`.",
        "Los servidores emisores y de envío rechazan `RCPT TO` con `556` y `5.1.10` cuando la consulta DNS del dominio del destinatario encuentra un MX nulo. Recibes el error de inmediato en lugar de tras días de reintentos.",
        "La dirección está mal escrita o el dominio no acepta correo a propósito: comprueba si la parte del dominio es una errata, una imitación del dominio previsto o el nombre de un servidor web, y pide al destinatario una dirección que funcione. Si el dominio es tuyo y quieres recibir correo, sustituye el MX nulo por registros MX reales.",
    ],
    // X.2.0
    [
        "Otro estado del buzón o estado no definido",
        "El buzón del destinatario existe, pero algo del propio buzón retrasó o detuvo el mensaje, y el servidor no da un código más preciso. Los problemas de un buzón corresponden al lado del destinatario.",
        "Los servidores receptores lo usan en respuestas a `RCPT TO` o al final de los datos del mensaje, y en rebotes, cuando un buzón no puede aceptar un mensaje por un motivo que no tiene código propio. El texto tras el código suele indicar cuál es el motivo.",
        "Con `4.2.0`, deja que tu servidor siga reintentando. Con `5.2.0`, avisa al destinatario por otra vía y cita el texto del error, porque solo él o su administrador de correo pueden arreglar el buzón.",
    ],
    // X.2.1
    [
        "Buzón desactivado, no acepta mensajes",
        "El buzón existe, pero se ha desactivado para el correo entrante. El RFC 3463 admite ambas clases: `5.2.1` cuando el buzón no se volverá a activar y `4.2.1` cuando solo está bloqueado durante un tiempo.",
        "Los proveedores lo envían en respuesta a `RCPT TO`, o en un rebote, para cuentas suspendidas, bloqueadas o cerradas pero aún no eliminadas. Los motivos exactos para desactivar un buzón dependen de cada proveedor.",
        "Contacta con el destinatario por otra vía y pídele una dirección que funcione o que vuelva a activar la cuenta. Con `4.2.1`, tu servidor reintenta por sí solo; con `5.2.1`, reenviar fallará hasta que se active el buzón.",
    ],
    // X.2.2
    [
        "Buzón lleno",
        "El buzón del destinatario ha alcanzado su cuota de almacenamiento, así que no cabe nada más hasta que el destinatario borre correo. El RFC 3463 pretende que se use como fallo temporal (`4.2.2`), pero también se envía con la respuesta permanente `552`, lo que da `5.2.2`.",
        "Los servidores receptores lo devuelven a `RCPT TO` o al final de los datos del mensaje cuando una cuenta supera su cuota, y los informes de entrega lo incluyen cuando el paso final de la entrega encuentra el buzón lleno. Afecta a un solo destinatario: otros del mismo servidor pueden seguir recibiendo el mensaje.",
        "Solo puede solucionarlo el destinatario, borrando o archivando correo, o su administrador, ampliando la cuota. Como remitente, avisa al destinatario por otra vía; con `4.2.2` tu servidor reintenta por sí solo, con `5.2.2` tienes que volver a enviar el mensaje más tarde.",
    ],
    // X.2.3
    [
        "La longitud del mensaje supera el límite administrativo",
        "El mensaje es más grande de lo que acepta este buzón en concreto: el destinatario tiene un límite de tamaño propio, inferior al límite general del servidor. El RFC 3463 lo concibe como fallo permanente (`5.2.3`), así que el mismo mensaje se volverá a rechazar.",
        "Los servidores lo envían con `552`, normalmente en respuesta al final de los datos del mensaje, para un destinatario cuyo límite de tamaño propio supera el mensaje. Otros destinatarios del mismo servidor, con límites más altos, pueden recibirlo igualmente.",
        "Reduce el tamaño del mensaje: quita o comprime los adjuntos, o comparte los archivos grandes mediante un enlace de descarga. Si el destinatario necesita recibir archivos grandes, puede pedir a su administrador que amplíe el límite de su buzón.",
    ],
    // X.2.4
    [
        "Problema al expandir la lista de correo",
        "La dirección del destinatario pertenece a una lista de correo, y la lista no se pudo expandir en las direcciones de sus miembros. El RFC 3463 admite ambas clases: `4.2.4` para un problema pasajero y `5.2.4` para uno duradero.",
        "Los servidores que alojan listas de correo o alias lo notifican, en respuesta a `RCPT TO` o en un rebote, cuando falla la conversión de la dirección de la lista en las direcciones de sus miembros. Se refiere a la lista en su conjunto, no a uno de sus miembros.",
        "Con `4.2.4`, deja que tu servidor lo reintente. Con `5.2.4`, avisa al propietario de la lista o al administrador del servidor de listas, ya que hay que reparar la propia lista antes de que reenviar sirva de algo.",
    ],
    // X.3.0
    [
        "Otro estado del sistema de correo o estado no definido",
        "El sistema receptor existe y normalmente acepta correo, pero algo del propio sistema, no la dirección ni el mensaje, provocó este estado, y no hay un código más preciso. Las formas de fallo sitúan la causa en el lado del destino.",
        "IANA lo asocia a una gran variedad de respuestas, desde `250` y `221` hasta `421`, `451`, `550` y `554`, así que aparece tanto en éxitos como en fallos. Las formas de fallo se usan para problemas internos del destino; el texto tras el código suele describirlos.",
        "Un `4.3.0` no requiere nada por tu parte, porque tu servidor reintenta. Si un `5.3.0` persiste, envía la línea de error completa y su hora al administrador de correo del destinatario, ya que el fallo está en su sistema. Si el sistema es tuyo, revisa sus logs de esa hora.",
    ],
    // X.3.1
    [
        "Sistema de correo lleno",
        "El sistema de correo receptor se ha quedado sin almacenamiento en su conjunto, no solo para un buzón, y los destinatarios no pueden liberar espacio por sí mismos. El RFC 3463 solo lo admite como fallo temporal, así que aparece como `4.3.1`.",
        "Los servidores envían `452` con `4.3.1` en respuesta a `MAIL FROM`, `RCPT TO` o al final de los datos del mensaje cuando se agota su disco o el almacenamiento de la cola. Con la extensión `SIZE`, un servidor también puede enviar `452` en `MAIL FROM` cuando no tiene sitio para un mensaje del tamaño declarado.",
        "Los remitentes no tienen que hacer nada: el mensaje sigue en la cola y se reintenta más tarde. El administrador del servidor receptor debe liberar espacio en disco o añadir almacenamiento, y vigilar la cola para que no vuelva a llenarse.",
    ],
    // X.3.2
    [
        "El sistema no acepta mensajes de la red",
        "El host donde reside el buzón no está aceptando mensajes, por ahora o en absoluto. El RFC 3463 admite ambas clases: `4.3.2` para causas pasajeras como mantenimiento, carga elevada o un apagado próximo, y `5.3.2` cuando el host rechaza el correo definitivamente.",
        "Los servidores envían `4.3.2` con un rechazo temporal mientras están sobrecargados, en mantenimiento o apagándose. `521` con `5.3.2` es el saludo de un host que nunca acepta correo (RFC 7504), e IANA también asocia el código con `453`.",
        "Con `4.3.2`, deja que tu servidor lo reintente más tarde; el mensaje no tiene ningún problema. Con `5.3.2`, y sobre todo con `521`, ese host no acepta correo: revisa la dirección y los registros MX del dominio del destinatario, y pide al destinatario otra forma de contactar con él.",
    ],
    // X.3.3
    [
        "El sistema no admite las funciones seleccionadas",
        "El mensaje pide una función u opción que el sistema receptor no puede ofrecer, así que no puede tratarse como solicitó el remitente. El RFC 3463 cita las pasarelas como origen típico, cuando una función de un entorno de correo no tiene equivalente en el otro.",
        "Aparece en rebotes de pasarelas hacia otros sistemas de correo, y en respuestas de servidores que no pueden respetar una opción de la que depende el mensaje. El texto tras el código debería indicar la función.",
        "Averigua qué función se rechazó y reenvía sin ella o por una ruta que la admita. Si el rechazo procede de tu propia pasarela, su administrador tiene que añadir compatibilidad con la función o cambiar cómo se traduce.",
    ],
    // X.3.4
    [
        "Mensaje demasiado grande para el sistema",
        "El mensaje supera el tamaño máximo que acepta el sistema receptor, sea cual sea el destinatario. El límite puede ser técnico o de política. El RFC 3463 solo lo admite como fallo permanente, así que aparece como `5.3.4`.",
        "Los servidores lo envían con `552` en respuesta a `MAIL FROM` cuando el `SIZE` declarado supera su límite, o con `552` o `554` tras los datos del mensaje, una vez conocido el tamaño real. Los servidores compatibles con `SIZE` pueden indicar su límite en la respuesta a `EHLO`.",
        "Reduce el tamaño del mensaje: comparte los archivos grandes mediante un enlace de descarga, o comprime o divide los adjuntos. Si la respuesta del servidor a `EHLO` muestra un número tras `SIZE`, ese es su límite en bytes. Enviar otra vez el mismo mensaje sin cambios volverá a fallar.",
    ],
    // X.3.5
    [
        "Sistema configurado incorrectamente",
        "La propia configuración del sistema receptor le impide aceptar este mensaje. Apunta a un fallo de configuración en ese servidor, no a un problema de tu mensaje ni de tus direcciones.",
        "Los servidores y los relays lo notifican cuando su configuración les impide aceptar o transmitir un mensaje. La clase indica si se espera que el fallo se corrija pronto (`4.3.5`) o no (`5.3.5`).",
        "El remitente no puede solucionarlo. Comunica la línea de error completa, su hora y la dirección del destinatario al administrador del servidor que lo envió; si es de otro dominio, a través del destinatario o de su dirección postmaster. Si el servidor es tuyo, revisa su configuración de dominios, enrutamiento y entrega, y sus logs.",
    ],
    // X.3.6
    [
        "Se cambió la prioridad solicitada",
        "El mensaje se aceptó, pero no con la prioridad que el remitente pidió con `MT-PRIORITY` (o con la prioridad predeterminada, si no pidió ninguna): el servidor la subió o la bajó. Es un éxito, `2.3.6`, y el texto de la respuesta empieza por la nueva prioridad.",
        "Los servidores compatibles con `MT-PRIORITY` lo envían en la respuesta `250` a `MAIL FROM` o al final de los datos del mensaje cuando su política asigna otra prioridad, por ejemplo una basada en la cuenta con la que se autenticó el remitente.",
        "No hay nada que corregir: el mensaje va de camino. Si necesitas una prioridad más alta, pregunta al administrador del servidor si tu cuenta o tu dominio pueden usarla; un servidor puede negarse a subir la prioridad a remitentes en los que no confía y, aun así, permitirles bajar la suya.",
    ],
    // X.4.0
    [
        "Otro estado de red o de enrutamiento, o estado no definido",
        "La entrega falló o se retrasó por un problema de red o de enrutamiento que el sistema que lo notifica no pudo describir con más precisión. El dígito de clase sigue indicando si el problema es temporal (`4.4.0`) o permanente (`5.4.0`).",
        "Los servidores de correo lo incluyen en avisos de retraso y de fallo, o en una respuesta, si la conexión con el siguiente servidor o el enrutamiento hacia él falla por un motivo que no cubre ninguno de los códigos de red específicos.",
        "Con `4.4.0`, deja que el servidor emisor siga reintentando. Si persiste, o con `5.4.0`, lee el texto tras el código y la parte de diagnóstico del rebote, y luego revisa el DNS y la conectividad entre el servidor emisor y los servidores de correo del destino.",
    ],
    // X.4.1
    [
        "El host no responde",
        "El servidor emisor intentó conectarse al siguiente servidor de correo, pero el host no respondió porque estaba ocupado, caído o inaccesible. El RFC 3463 lo concibió solo como estado temporal, así que incluso un rebote definitivo puede mostrar `4.4.1` después de que el remitente reintentara hasta agotar su plazo.",
        "Normalmente lo notifica tu propio servidor de correo en un aviso de retraso o en su log, después de que las conexiones a los hosts de correo del destinatario agoten el tiempo de espera o sean rechazadas. Los servidores de envío con `BURL` responden `451 4.4.1` si no pueden contactar con el servidor IMAP que contiene el mensaje. Microsoft Exchange Online también responde `550 5.4.1` para rechazar direcciones de destinatario que no existen en la organización receptora, un uso propio de ese proveedor.",
        "Espera, porque el servidor emisor reintenta por sí solo. Si dura horas, comprueba que el dominio del destinatario tiene registros MX correctos, que sus servidores de correo funcionan y aceptan conexiones, y que ningún cortafuegos bloquea el tráfico. Si es un rechazo `5.4.1`, lee el texto tras el código.",
    ],
    // X.4.2
    [
        "Conexión defectuosa",
        "Se estableció una conexión con el siguiente servidor, pero falló antes de completar la transacción del mensaje, por un tiempo de espera agotado o un enlace deficiente. El RFC 3463 lo concibió solo como estado temporal (`4.4.2`); el mensaje en sí no tiene ningún problema.",
        "Los servidores emisores lo registran si el otro lado deja de responder durante la sesión o la conexión se corta, por ejemplo en mitad de una transferencia `DATA` larga. Los servidores también pueden combinarlo con `421` cuando cierran una sesión antes de tiempo.",
        "Deja que el servidor emisor lo reintente: un cliente cuya conexión se corta debe tratar la transacción como si hubiera recibido un `451` temporal. Si sigue fallando con un mismo destino, busca pérdida de paquetes en la ruta de red y comprueba que los tiempos de espera de ambos servidores llegan al menos a los mínimos del RFC 5321.",
    ],
    // X.4.3
    [
        "Fallo del servidor de directorio",
        "El mensaje no se pudo transmitir porque un servicio de directorio del que depende el sistema de correo, casi siempre el DNS, no estaba accesible o no respondió. El RFC 3463 lo concibió solo como estado temporal (`4.4.3`).",
        "Los servidores lo usan si una consulta DNS necesaria para la entrega agota el tiempo de espera o falla en el lado del servidor DNS. Los servidores receptores que comprueban SPF envían `451 4.4.3` si la comprobación SPF se topa con un error DNS temporal.",
        "Normalmente un reintento posterior funciona cuando el DNS vuelve a responder. Si persiste, revisa el resolvedor del servidor que notificó el error y asegúrate de que los servidores de nombres del dominio afectado responden y publican registros MX y SPF correctos.",
    ],
    // X.4.4
    [
        "No se puede enrutar",
        "El sistema de correo no pudo determinar adónde enviar el mensaje a continuación, porque no estaban disponibles los datos de enrutamiento que necesita, normalmente los registros DNS del dominio del destinatario. El RFC 3463 admite una forma temporal (`4.4.4`) y una permanente (`5.4.4`).",
        "Los servidores emisores lo notifican si el dominio del destinatario no existe, no tiene registros MX o de dirección utilizables, o si una consulta DNS sobre él solo devuelve un registro SOA. Un fallo pasajero del DNS da `4.4.4`; un dominio sin ninguna ruta de correo da `5.4.4`.",
        "Revisa si la parte del dominio de la dirección del destinatario tiene errores tipográficos. Si el dominio es correcto, su propietario debe publicar registros MX (o un registro de dirección) que lleven a un servidor de correo accesible. Con `4.4.4`, el servidor emisor sigue reintentando mientras tanto.",
    ],
    // X.4.5
    [
        "Congestión del sistema de correo",
        "El mensaje no se entregó porque el sistema de correo estaba congestionado, por ejemplo sobrecargado o con la cola atascada. El RFC 3463 lo concibió solo como estado temporal (`4.4.5`); el mensaje no tiene ningún problema.",
        "Los servidores ocupados lo envían en respuesta a comandos, a menudo como `451 4.4.5`, y los servidores emisores lo anotan en los avisos de retraso. Algunos servidores también lo usan para frenar a clientes que abren demasiadas conexiones o envían demasiado rápido.",
        "Deja que el servidor emisor lo reintente más tarde con intervalos crecientes. Si haces envíos masivos y lo ves a menudo, reduce el número de conexiones en paralelo y el ritmo de envío hacia ese destino. Si procede de tu propio servidor, revisa su carga y su cola.",
    ],
    // X.4.6
    [
        "Bucle de enrutamiento detectado",
        "El mensaje pasó entre servidores demasiadas veces, así que un servidor lo detuvo para romper el bucle. Lo provocan tablas de enrutamiento erróneas o direcciones que se reenvían entre sí. El RFC 3463 lo describe como estado temporal (`4.4.6`).",
        "Los servidores suelen detectar un bucle contando los campos de cabecera Received de un mensaje; el RFC 5321 pide un límite alto, normalmente de al menos 100. Suele aparecer tras una nueva regla de reenvío que devuelve el correo a una dirección anterior, o tras un cambio de MX o de relay que hace que los servidores se pasen el correo entre sí.",
        "Mira los campos de cabecera Received del mensaje devuelto para ver por qué servidores pasó. Después, elimina la regla de reenvío, el alias o la ruta de relay que apunta de vuelta a un salto anterior. El remitente no puede solucionarlo; deben hacerlo los administradores de los sistemas implicados en el bucle.",
    ],
    // X.4.7
    [
        "Tiempo de entrega agotado",
        "El mensaje era demasiado antiguo: permaneció en una cola más tiempo del que permite el sistema, o venció un plazo de entrega fijado por el remitente. El RFC 3463 prefiere que, cuando lo conocen, los servidores notifiquen en su lugar el problema real que impidió la entrega.",
        "Aparece sobre todo en rebotes de un servidor emisor que reintentó la entrega a un destino durante días sin éxito; el RFC 5321 sugiere no desistir antes de 4 o 5 días. Con la extensión Deliver By, un plazo incumplido da un fallo `5.4.7` o un aviso de retraso `4.4.7`, según el modo que eligió el remitente.",
        "Busca en el rebote o en el log del servidor los errores de los intentos de entrega anteriores; muestran la causa real, como un host inaccesible o un buzón lleno. Haz que se corrija y luego vuelve a enviar el mensaje.",
    ],
    // X.5.0
    [
        "Otro estado de protocolo o estado no definido",
        "Algo falló en el propio intercambio SMTP y no encaja ningún código de protocolo más específico, así que el código de respuesta básico y su texto contienen los detalles. La forma de éxito `2.5.0` solo confirma que un paso del protocolo funcionó.",
        "Acompaña a muchas respuestas distintas: `250 2.5.0` tras un comando correcto, `503 5.5.0` o `554 5.5.0` cuando se envía el contenido del mensaje con `BURL` sin ningún destinatario aceptado, y `4.5.0` o `5.5.0` para otros errores de comandos. El registro también lo asocia a las respuestas `458` y `459` de `ETRN`.",
        "Con `2.5.0` no hace falta hacer nada. Si es un error, lee el código de respuesta básico y el texto tras el código de estado mejorado, y busca en el log SMTP el comando que lo provocó. La solución suele ser cambiar la secuencia de comandos o la configuración del cliente.",
    ],
    // X.5.1
    [
        "Comando no válido",
        "El cliente envió un comando que el servidor no admite, o lo envió en un momento incorrecto de la sesión, como `DATA` antes de ningún `RCPT TO` aceptado. El RFC 3463 lo concibió solo como estado permanente (`5.5.1`).",
        "Los servidores lo combinan con respuestas como `500` o `503`: un comando desconocido o desactivado, un segundo `MAIL FROM` en una misma transacción, `RCPT TO` antes de `MAIL FROM`, o un comando enviado antes de un paso obligatorio de `STARTTLS` o `AUTH`.",
        "Hay que corregir el software que envía: respeta el orden `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, y usa solo los comandos que el servidor anunció en su respuesta a `EHLO`. En scripts y dispositivos que envían correo, comprueba si el servidor exige `STARTTLS` o `AUTH` primero.",
    ],
    // X.5.2
    [
        "Error de sintaxis",
        "El servidor no pudo interpretar un comando, bien porque su sintaxis era incorrecta, bien porque la palabra del comando es desconocida. El RFC 3463 lo concibió solo como estado permanente (`5.5.2`).",
        "Los servidores lo envían con `500` o `501` para comandos mal formados y con `501` cuando una respuesta de `AUTH` no es Base64 válido. Los servidores receptores también responden `550 5.5.2` cuando no se puede interpretar el registro SPF del dominio emisor (un «permerror» de SPF).",
        "En los errores de comandos, el software cliente tiene que enviar comandos SMTP bien formados; el comando rechazado en el log SMTP muestra qué está mal. En el caso de SPF, el propietario del dominio emisor debe reparar el registro SPF en el DNS.",
    ],
    // X.5.3
    [
        "Demasiados destinatarios",
        "El mensaje indicaba más destinatarios de los que el servidor acepta en una transacción. El RFC 3463 espera que el remitente divida la lista y entregue los destinatarios restantes en una transacción posterior; el código existe para los casos en que eso no es posible.",
        "Los servidores lo envían en respuesta a `RCPT TO` al alcanzar su límite de destinatarios por mensaje, normalmente con `452`, la respuesta que prescribe el RFC 5321 para esto, o con `451`. Un servidor que aplica una política del sitio puede usar en su lugar una respuesta permanente `5.5.3`.",
        "Un cliente conforme envía el mensaje a los destinatarios ya aceptados y reintenta los rechazados en una nueva transacción. Si una persona lo recibe en un rebote, debe dividir los destinatarios en grupos más pequeños o usar una lista de correo. Los administradores pueden revisar el límite de destinatarios configurado en el servidor.",
    ],
    // X.5.4
    [
        "Argumentos de comando no válidos",
        "El comando era válido, pero uno de sus argumentos no: estaba fuera de rango, mal formado o se refería a una función que el servidor no admite. El RFC 3463 lo concibió solo como estado permanente (`5.5.4`).",
        "Los casos típicos son un comando `AUTH` que nombra un mecanismo que el servidor no ofrece (`504 5.5.4`), un parámetro de `MAIL FROM` o `RCPT TO` que el servidor no conoce (`555`) y valores no válidos en parámetros de extensión, como un plazo de Deliver By o un tiempo de retención para entrega diferida (`501 5.5.4`).",
        "Compara el comando rechazado en el log SMTP con las extensiones y los mecanismos `AUTH` que el servidor anunció en su respuesta a `EHLO`, y envía solo parámetros admitidos con valores válidos. Se trata de un ajuste del cliente o de un fallo de software, así que reintentar sin cambios volverá a fallar.",
    ],
    // X.5.5
    [
        "Versión de protocolo incorrecta",
        "Los dos sistemas usan versiones de un protocolo que no coinciden, y no pudieron ponerse de acuerdo en una que ambos admitan. El RFC 3463 no lo asocia a una sola clase, y el registro no le asigna ningún código de respuesta.",
        "Es poco frecuente en SMTP puro, donde las funciones se negocian mediante `EHLO`. Las pasarelas y otros sistemas de correo pueden notificarlo en un aviso de entrega si el siguiente sistema usa una versión incompatible de un protocolo de correo.",
        "Lee el texto tras el código para ver qué protocolo o versión se rechazó. Los administradores de los dos sistemas deben actualizar o reconfigurar uno de los lados para que ambos compartan una versión; reenviar sin cambios no sirve de nada.",
    ],
    // X.5.6
    [
        "Línea del intercambio de autenticación demasiado larga",
        "Durante `AUTH`, el cliente envió una respuesta en Base64 más larga que el búfer que tiene el servidor para el mecanismo SASL elegido, así que la autenticación falló. El registro admite tanto una forma permanente como una temporal.",
        "Los servidores responden `500 5.5.6` a un intercambio `AUTH` cuya línea de respuesta supera su límite, por ejemplo cuando un cliente envía un token de credenciales grande en una sola línea. El RFC 4954 consideraba suficientes 12288 octetos para los mecanismos en uso cuando se redactó.",
        "Ambos lados deben poder manejar las respuestas más largas que generan sus mecanismos. El administrador del servidor puede ampliar el límite de línea para la autenticación, o el cliente puede cambiar a un mecanismo con respuestas más cortas.",
    ],
    // X.6.0
    [
        "Otro error de contenido o error no definido",
        "Algo del contenido del mensaje impidió entregarlo y no encaja ningún código de contenido específico; el texto tras el código suele dar el motivo. En la forma de éxito `2.6.0`, solo confirma que se aceptaron los datos del mensaje.",
        "Los servidores pueden usar `5.6.0` o `4.6.0` tras el `.` final de `DATA` para rechazar contenido, por ejemplo un mensaje con una estructura dañada; qué problemas notifican así depende del servidor. La respuesta de éxito `250 2.6.0` a unos datos de mensaje aceptados aparece en los ejemplos del RFC 2034.",
        "Lee el texto tras el código, que normalmente indica el problema. Corrige el mensaje, por ejemplo su formato o la parte rechazada, y vuelve a enviarlo. Si el contenido parece correcto, pregunta al administrador del destinatario qué objetó su sistema.",
    ],
    // X.6.1
    [
        "Tipo de contenido no admitido",
        "El mensaje contiene un tipo de contenido que el protocolo de entrega o el siguiente sistema del trayecto no puede manejar. El RFC 3463 lo concibió solo como estado permanente (`5.6.1`).",
        "Los casos típicos son contenido binario o de 8 bits sin codificar ofrecido a un servidor que no anunció `BINARYMIME` ni `8BITMIME`, y pasarelas hacia otros sistemas de correo que no pueden transportar algunos tipos de contenido.",
        "Envía el contenido de una forma que todo el trayecto pueda transportar, por ejemplo con los adjuntos codificados en Base64 en lugar de en binario sin codificar, o en un formato más común. Los administradores de un servidor emisor deben asegurarse de que convierte el contenido binario o de 8 bits para los servidores que no lo admiten o, si no, de que lo devuelve con un error claro.",
    ],
    // X.6.2
    [
        "Conversión necesaria pero prohibida",
        "Habría que convertir el contenido para que el siguiente sistema pudiera aceptarlo, pero la conversión no está permitida. O bien el remitente la prohibió en el mensaje, o bien la prohíbe la política del host emisor.",
        "Los relays y las pasarelas lo notifican en avisos de fallo si el siguiente salto no puede aceptar el contenido sin cambios y el propio mensaje o la política del sitio emisor descartan convertirlo.",
        "Envía el mensaje de una forma que el destino acepte sin conversión, por ejemplo con partes MIME codificadas en 7 bits, o permite la conversión si tu programa de correo o la política de tu sitio ofrecen esa opción.",
    ],
    // X.6.3
    [
        "Conversión necesaria pero no admitida",
        "Hay que convertir el contenido para que el siguiente salto lo acepte, pero un host del trayecto no puede hacer esa conversión o no la considera viable. Un caso clásico es un mensaje de 8 bits que debe pasar a 7 bits para el siguiente servidor y atraviesa un relay que no puede recodificarlo.",
        "Los relays lo incluyen en avisos de fallo si el siguiente servidor no tiene `8BITMIME` o `BINARYMIME` y no pueden recodificar el mensaje. Los servidores de envío responden `554 5.6.3` a `BURL` si el contenido obtenido es binario o tiene cabeceras de 8 bits que no convierten.",
        "Envía el mensaje ya codificado para el transporte de 7 bits (partes del cuerpo en quoted-printable o Base64, texto de cabecera codificado); muchos programas de correo pueden hacerlo. Los administradores de relays pueden activar la conversión de 8 a 7 bits si su software la admite.",
    ],
    // X.6.4
    [
        "Conversión realizada con pérdida",
        "Hubo que convertir el contenido por el camino y en la conversión se perdieron datos. Como `2.6.4` es una advertencia asociada a una entrega correcta; como `5.6.4` es un fallo, porque el remitente había prohibido la conversión con pérdida.",
        "Los servidores responden `250 2.6.4` tras una conversión con pérdida, por ejemplo un servidor de envío `BURL` que recodificó cabeceras de 8 bits y tuvo que adivinar su juego de caracteres. Los avisos de fallo llevan `5.6.4` si la única conversión posible perdería datos y el remitente lo prohibió.",
        "Tras `2.6.4` el mensaje llegó, pero comprueba que el destinatario puede leerlo; para evitar la advertencia, envía contenido con las etiquetas de juego de caracteres correctas y las cabeceras codificadas. Tras `5.6.4`, envía contenido que no necesite una conversión con pérdida, o permite esa conversión.",
    ],
    // X.6.5
    [
        "Falló la conversión",
        "Hacía falta convertir el contenido del mensaje y se intentó, pero no tuvo éxito. El RFC 3463 admite una forma temporal (`4.6.5`) y una permanente (`5.6.5`).",
        "Los relays, las pasarelas y los servidores que transforman contenido lo notifican en avisos de fallo si la conversión falla, por ejemplo ante contenido mal formado. Según las reglas de conversión de contenido del RFC 4141, cualquier conversión fallida detiene el procesamiento con `5.6.5`.",
        "Con `4.6.5`, un intento posterior puede funcionar. Con `5.6.5`, revisa si el mensaje tiene partes mal formadas o etiquetas de juego de caracteres erróneas y reenvíalo de una forma más sencilla, o pide al administrador del sistema que hace la conversión que revise sus logs.",
    ],
    // X.6.6
    [
        "Contenido del mensaje no disponible",
        "El servidor tenía que obtener el contenido del mensaje de otro sistema y no lo consiguió. Pertenece a la extensión `BURL`, en la que un servidor de envío toma el mensaje de un servidor IMAP; el RFC 4468 admite una forma temporal y una permanente.",
        "Los servidores de envío responden `554 5.6.6` a un comando `BURL` si el servidor IMAP devuelve un error o ningún dato para la URL. Un fallo de conexión con el servidor IMAP se notifica de otra forma, como `451 4.4.1`.",
        "Comprueba que la URL sigue apuntando a un mensaje existente y que el servidor de envío tiene permiso para obtenerlo del servidor IMAP. Debe corregirlo el programa de correo o el administrador de ambos servidores; enviar el mensaje completo con `DATA` o `BDAT` evita el problema.",
    ],
    // X.6.7
    [
        "No se permiten direcciones no ASCII para ese remitente o destinatario",
        "El servidor rechazó una dirección internacionalizada, con caracteres fuera de ASCII como letras acentuadas o escrituras no latinas, porque para este remitente o destinatario solo se permiten direcciones ASCII.",
        "Los servidores compatibles con `SMTPUTF8` responden `553` con este código a un `RCPT TO` cuyo destinatario debe tener una dirección ASCII, y `550` con él a un `MAIL FROM` cuyo remitente debe tener una dirección ASCII.",
        "Usa una dirección solo ASCII para ese buzón si su titular tiene una. Si no, el administrador del buzón rechazado debe habilitar en él las direcciones internacionalizadas; reenviar sin cambios volverá a fallar.",
    ],
    // X.6.8
    [
        "Se requiere una respuesta con cadena UTF-8, pero el cliente SMTP no la permite",
        "El servidor necesitaba texto UTF-8 en su respuesta para mostrar un nombre de buzón, pero el cliente no había permitido respuestas UTF-8, así que el servidor no pudo dar esa respuesta. Pertenece a la extensión `SMTPUTF8`.",
        "Los servidores lo usan para comandos `VRFY` o `EXPN` enviados sin el parámetro `SMTPUTF8` si la respuesta contendría un buzón no ASCII; el RFC 6531 exige en ese caso el código de respuesta `252` o `550`.",
        "Repite el comando `VRFY` o `EXPN` con el parámetro `SMTPUTF8` si el cliente admite el correo internacionalizado. Un cliente que no puede manejar respuestas UTF-8 no puede obtener esta respuesta; ningún mensaje se ve afectado.",
    ],
    // X.6.9
    [
        "El mensaje con cabeceras UTF-8 no puede transferirse a uno o más destinatarios, así que debe rechazarse",
        "El mensaje tiene campos de cabecera internacionalizados (UTF-8) y al menos un destinatario no puede aceptar un mensaje así, de modo que el servidor rechazó el mensaje completo después de recibir su contenido.",
        "Los servidores lo envían tras el `.` final de `DATA`. El RFC 6531 indica `554` como código de respuesta para esto, mientras que el registro incluye `550`, así que puede aparecer cualquiera de los dos; el RFC 6531 anima a los servidores a detectar el problema antes, en `RCPT TO`.",
        "Envía el mensaje a los destinatarios afectados con cabeceras y direcciones solo ASCII, o pide a sus administradores que habiliten el correo internacionalizado (`SMTPUTF8`). A los destinatarios que aceptan UTF-8 se les puede enviar en un mensaje aparte.",
    ],
    // X.6.10
    [
        "Duplicado obsoleto de X.6.8",
        "El registro conserva `X.6.10` solo como duplicado obsoleto de `X.6.8`, sin texto de ejemplo ni código de respuesta asociado. Si un servidor lo envía, interprétalo como `X.6.8`: una respuesta habría necesitado texto UTF-8 que el cliente no había permitido.",
        "No debería aparecer en las respuestas actuales. Un servidor que aún lo envía quiere decir `X.6.8`, normalmente en respuesta a un comando `VRFY` o `EXPN` enviado sin el parámetro `SMTPUTF8`.",
        "Trátalo como `X.6.8`: repite el comando con el parámetro `SMTPUTF8` si tu cliente lo admite. Los operadores de un servidor que lo envía deben cambiarlo por `X.6.8`.",
    ],
    // X.7.0
    [
        "Otro estado de seguridad o estado no definido",
        "Una regla de seguridad o de política detuvo el comando o el mensaje, y el servidor no tiene un código más preciso o prefiere no decir más. El texto tras el código suele ser el único lugar donde se indica el motivo real.",
        "El RFC 4954 lo combina con `454` para un fallo temporal de inicio de sesión en el lado del servidor y con `530` cuando un comando necesita primero `AUTH`. Los servidores que exigen `STARTTLS` antes de nada también responden `530 5.7.0`, y algunos lo usan para rechazos de política que no quieren explicar.",
        "Tras `530`, haz lo que pide el servidor: inicia TLS con `STARTTLS` o inicia sesión con `AUTH` antes de `MAIL FROM`. Tras `454`, no vuelvas a introducir la contraseña: el servidor tuvo un fallo pasajero, así que inténtalo de nuevo más tarde. En otros casos, lee el texto de la respuesta y, si no dice nada útil, pregunta al postmaster del sitio receptor.",
    ],
    // X.7.1
    [
        "Entrega no autorizada, mensaje rechazado",
        "La política del lado receptor no permite que este remitente envíe a este destinatario, así que el mensaje se rechazó. El bloqueo puede ir dirigido a tu servidor o dirección IP, a tu dirección o dominio, o ser un ajuste del destinatario; el contenido en sí puede estar bien.",
        "Los servidores lo envían para negarse a retransmitir correo hacia dominios que no gestionan, para rechazar hosts o remitentes que bloquean sus filtros y, como recomienda el RFC 7208, cuando falla la comprobación SPF. El RFC 7489 muestra `550 5.7.1` como respuesta a un mensaje rechazado según la política DMARC del dominio del remitente.",
        "Lee en el texto de la respuesta qué regla se aplicó. Si menciona la retransmisión (relay), inicia sesión en tu propio servidor saliente en lugar de enviar a través del de otra persona. Con SPF o DMARC, el administrador del remitente debe corregir los registros DNS del dominio (consulta `X.7.23` y `X.7.26`); una lista de bloqueo concreta requiere una solicitud de exclusión, y solo el destinatario puede levantar su propio bloqueo.",
    ],
    // X.7.2
    [
        "Expansión de la lista de correo prohibida",
        "La dirección es una lista de correo y no tienes permiso para publicar en ella. La lista en sí funciona; simplemente sus reglas no aceptan mensajes de tu dirección.",
        "Los servidores de listas y de correo lo envían para listas que solo aceptan mensajes de miembros o de remitentes aprobados, o que no aceptan ninguno. También aparece cuando un miembro escribe desde una dirección distinta de la suscrita.",
        "Envía desde la dirección suscrita a la lista, o pide al propietario de la lista que te permita publicar o que reenvíe tu mensaje. Reenviar el mismo mensaje no servirá de nada hasta que cambien las reglas de la lista.",
    ],
    // X.7.3
    [
        "Conversión de seguridad necesaria pero imposible",
        "Para entregar el mensaje habría que haber convertido su protección de seguridad de un formato de mensajería segura a otro, y el sistema intermedio no podía hacerlo. El mensaje está protegido de una forma que el destino no puede usar.",
        "Las pasarelas entre distintos sistemas de mensajería segura lo envían cuando un mensaje firmado o cifrado tiene que pasar a un sistema que usa otro protocolo de seguridad y no hay conversión posible entre ambos.",
        "Protege el mensaje con un formato que admita el sistema del destinatario, o envíalo sin esa protección si tu política lo permite, y acuerda un formato común con el destinatario. El operador de la pasarela puede decirte qué formatos puede convertir.",
    ],
    // X.7.4
    [
        "Funciones de seguridad no admitidas",
        "El mensaje o el comando pedía una función de seguridad, como un tipo de autenticación segura, que no se puede ofrecer en este trayecto de entrega. La petición no se puede atender tal como se hizo.",
        "Los servidores lo envían cuando un cliente pide un mecanismo de seguridad que no implementan; IANA lo asocia con `504`, la respuesta que prescribe el RFC 4954 para un mecanismo `AUTH` que el servidor no admite. Las pasarelas lo envían cuando el siguiente protocolo del trayecto no puede transportar las funciones de seguridad del mensaje.",
        "Comprueba qué admite el servidor (su respuesta a `EHLO` enumera las extensiones y los mecanismos `AUTH`) y usa uno de ellos, o envía sin esa función si tu política lo permite. Si de verdad necesitas la función, el administrador del lado receptor tiene que añadir compatibilidad con ella.",
    ],
    // X.7.5
    [
        "Fallo criptográfico",
        "Un sistema autorizado a verificar o descifrar el mensaje por el camino no pudo hacerlo, porque faltaba una clave u otra información necesaria o no era válida. El problema es el material de claves, no una modificación del mensaje.",
        "Los verificadores de firmas y las pasarelas de descifrado lo envían cuando no pueden obtener una clave necesaria o la clave que encontraron no es utilizable. El RFC 6376 sugiere `451 4.7.5` para un verificador DKIM que no puede obtener la clave pública porque el servidor de claves no responde.",
        "Con `4.7.5`, deja que sigan los reintentos: la fuente de la clave puede volver a estar disponible. Si persiste, el administrador del remitente debe comprobar que las claves de firma o cifrado están publicadas y son válidas (en DKIM, el registro de la clave bajo el selector indicado en la firma), y el destinatario debe comprobar que tiene instaladas las claves de descifrado correctas.",
    ],
    // X.7.6
    [
        "Algoritmo criptográfico no admitido",
        "Un sistema autorizado a verificar o descifrar el mensaje no pudo hacerlo, porque el mensaje se firmó o cifró con un algoritmo que no admite. Las claves pueden estar bien; el obstáculo es el algoritmo.",
        "Las pasarelas y los filtros que comprueban firmas o descifran correo lo envían cuando un mensaje usa un algoritmo que no implementan, ya sea uno demasiado nuevo para ellos o uno que han dejado de admitir.",
        "El remitente debe firmar o cifrar con un algoritmo ampliamente admitido que el destinatario acepte, acordándolo con él si es necesario. Si el software del destinatario está desactualizado, su administrador tiene que añadir compatibilidad con el algoritmo.",
    ],
    // X.7.7
    [
        "Fallo de integridad del mensaje",
        "Un sistema autorizado a verificar el mensaje descubrió que se había dañado o alterado por el camino, así que su firma u otra comprobación de integridad ya no coincide. El RFC 3463 permite este código en informes permanentes, temporales e incluso de éxito.",
        "Los verificadores lo envían cuando un mensaje firmado o protegido no supera su comprobación de integridad, a menudo porque un servidor del trayecto reescribió cabeceras o añadió texto después de la firma. El RFC 7372 también propone `5.7.7` como código genérico para los operadores que no quieren revelar qué comprobación de autenticación falló.",
        "Averigua qué modifica el mensaje después de firmarlo: los sospechosos habituales son el software de listas de correo, los reenviadores, las pasarelas de seguridad y las herramientas que añaden pies de página o avisos legales. Firma como último paso justo antes de que salga el mensaje, o evita la modificación; comparar la copia enviada con la recibida muestra qué se alteró.",
    ],
    // X.7.8
    [
        "Credenciales de autenticación no válidas",
        "El inicio de sesión con `AUTH` falló porque el nombre de usuario, la contraseña u otras credenciales eran incorrectos o insuficientes para esta cuenta. No has iniciado sesión, y todo lo que lo requiera será rechazado.",
        "Los servidores de envío responden a un `AUTH` fallido con `535 5.7.8`, por ejemplo cuando el programa de correo aún tiene guardada una contraseña antigua. La especificación anterior de `BURL` (RFC 4468) también usaba `5.7.8` para la falta de una relación de confianza; el RFC 5248 trasladó ese significado a `X.7.14`.",
        "Revisa el nombre de usuario y la contraseña en la configuración del servidor saliente (SMTP) del programa de correo y vuelve a introducirlos. Algunos proveedores esperan la dirección de correo completa como nombre de usuario, o una contraseña de aplicación específica en lugar de la normal.",
    ],
    // X.7.9
    [
        "El mecanismo de autenticación es demasiado débil",
        "El servidor no acepta el método de inicio de sesión que el cliente eligió para este usuario, porque su política exige uno más robusto. La contraseña puede ser perfectamente correcta; lo que no se permite es la forma de presentarla.",
        "Los servidores responden a `AUTH` con `534 5.7.9` cuando el mecanismo seleccionado es más débil de lo que su política permite para esa cuenta, por ejemplo después de que el proveedor endureciera sus reglas de inicio de sesión.",
        "Elige otro método de autenticación en la configuración del servidor saliente del cliente, uno de los mecanismos que el servidor enumera tras `AUTH` en su respuesta a `EHLO`, y vuelve a intentarlo. Si ninguno funciona, pregunta al proveedor qué método de inicio de sesión exige.",
    ],
    // X.7.10
    [
        "Se requiere cifrado",
        "Primero hay que cifrar la conexión: el servidor no permite el mecanismo de inicio de sesión elegido en una conexión sin protección. El RFC 8689 reutiliza `5.7.10` en rebotes cuando no se pudo establecer una sesión TLS para un mensaje que la exigía. IANA lo asocia con `523`, un código de respuesta que ningún RFC define.",
        "Los servidores lo envían sobre todo en respuesta a un `AUTH` con un mecanismo de contraseña en texto claro cuando TLS no está activo. Los servidores de retransmisión incluyen `5.7.10` en los informes de fallo de entrega de mensajes `REQUIRETLS` cuando no pudieron abrir una sesión protegida con ninguno de los servidores de correo del destinatario.",
        "Activa el cifrado del servidor saliente en el cliente de correo (`STARTTLS` o una conexión TLS) antes de iniciar sesión, o elige un mecanismo más robusto. En un rebote por `REQUIRETLS`, el administrador del destinatario debe ofrecer TLS con un certificado válido, o el remitente tiene que decidir si reenvía sin ese requisito.",
    ],
    // X.7.11
    [
        "Se requiere cifrado para el mecanismo de autenticación solicitado",
        "El mecanismo de inicio de sesión que elegiste solo puede usarse en una conexión cifrada, y esta no lo está. El RFC 4954 lo mantiene, con la respuesta `538`, solo por razones históricas; IANA también incluye `524`, que ningún RFC define.",
        "Los servidores antiguos responden a `AUTH` con `538 5.7.11` cuando un cliente prueba uno de esos mecanismos sin TLS. Se espera que los servidores actuales no anuncien estos mecanismos hasta que TLS esté activo, así que un cliente que solo usa mecanismos anunciados no debería encontrárselo.",
        "Inicia TLS con `STARTTLS` (o conéctate mediante TLS) antes de `AUTH`, vuelve a enviar `EHLO` y elige entre los mecanismos ofrecidos en la conexión cifrada. Si lo envía un servidor actual, probablemente el cliente está usando un mecanismo que el servidor nunca ofreció.",
    ],
    // X.7.12
    [
        "Se necesita una transición de contraseña",
        "El servidor necesita que inicies sesión una vez con el mecanismo `PLAIN` para que el mecanismo elegido pueda funcionar con esta cuenta. Este intento de `AUTH` se rechaza, pero no se dice que la contraseña sea incorrecta. El RFC 4954 lo usa con `432`; IANA también incluye `422`, que ningún RFC define.",
        "Los servidores envían `432 4.7.12` en respuesta a `AUTH` cuando aún no pueden usar el mecanismo seleccionado con la cuenta y necesitan un inicio de sesión `PLAIN` para prepararla para sesiones posteriores.",
        "Inicia sesión una vez con `PLAIN` a través de una conexión cifrada, para que la contraseña vaya protegida, y luego vuelve al mecanismo elegido en las sesiones siguientes. Si el cliente de correo no permite cambiar de mecanismo, pide al proveedor que complete el cambio por su parte.",
    ],
    // X.7.13
    [
        "Cuenta de usuario desactivada",
        "El inicio de sesión en sí funcionó, pero la cuenta está desactivada, así que no puede enviar. Seguirá bloqueada hasta que un administrador la vuelva a activar. IANA lo asocia con `525`, un código de respuesta que ningún RFC define.",
        "Los proveedores lo envían justo después de un `AUTH` correcto a una cuenta que han desactivado, por ejemplo por facturas impagadas, abuso o indicios de intrusión.",
        "No sigas volviendo a introducir la contraseña; no es el problema. El titular de la cuenta tiene que contactar con el proveedor o el administrador, averiguar por qué se desactivó la cuenta y hacer que se reactive, por ejemplo tras pagar o tras proteger una cuenta comprometida.",
    ],
    // X.7.14
    [
        "Se requiere una relación de confianza",
        "Se pidió al servidor de envío que obtuviera el contenido del mensaje de otro servidor, normalmente un servidor IMAP indicado en un comando `BURL`, y no tiene configurada ninguna relación de confianza con ese servidor. Sin ella, no puede obtener el contenido.",
        "Los servidores de envío compatibles con `BURL` lo envían, por ejemplo como `554 5.7.14`, cuando la URL apunta a un servidor en el que no están configurados para confiar. El RFC 4468 usó al principio `5.7.8` para este caso; el RFC 5248 le dio un código propio.",
        "El cliente de correo solo debe usar `BURL` con los servidores IMAP que el servidor de envío anuncia tras el inicio de sesión, o enviar en su lugar el mensaje completo con `DATA` o `BDAT`. Los administradores de ambos servidores pueden establecer la confianza, por ejemplo dando al servidor de envío sus propias credenciales en el servidor IMAP.",
    ],
    // X.7.15
    [
        "El nivel de prioridad es demasiado bajo",
        "El servidor rechazó el mensaje porque su prioridad de transferencia, indicada con `MT-PRIORITY` o asignada por el servidor, está por debajo de la prioridad mínima que acepta en ese momento. El límite puede ser temporal.",
        "Los servidores de envío compatibles con la extensión `MT-PRIORITY` lo envían, normalmente con `450` o `550`, cuando su política solo deja pasar mensajes de mayor prioridad, por ejemplo durante un periodo de funcionamiento restringido.",
        "Con la forma `4.7.15`, deja que el cliente lo reintente más tarde, cuando vuelvan a aceptarse prioridades más bajas. Si el mensaje es urgente y puedes usar una prioridad más alta, reenvíalo con un valor de `MT-PRIORITY` más alto; si no, pregunta al administrador del servidor por su política de prioridades.",
    ],
    // X.7.16
    [
        "El mensaje es demasiado grande para la prioridad indicada",
        "El mensaje supera el tamaño que el servidor permite para su prioridad de transferencia, aunque podría aceptarse con otra prioridad o con un tamaño menor. El RFC 4865 dio en su día otro significado a este número (una cuota de entrega diferida), pero nunca se registró; el significado de IANA es este.",
        "Los servidores con la extensión `MT-PRIORITY` cuya política fija límites de tamaño por prioridad lo envían, normalmente con `552`, ya sea en `MAIL FROM` cuando el cliente también declaró `SIZE`, o tras recibir los datos del mensaje.",
        "Reduce el tamaño del mensaje, por ejemplo quitando adjuntos, envíalo con un valor de `MT-PRIORITY` más bajo o pregunta al administrador del servidor por los límites de cada prioridad. Con la forma `4.7.16`, el límite puede ser temporal y un reintento posterior puede funcionar.",
    ],
    // X.7.17
    [
        "El titular del buzón ha cambiado",
        "El remitente pidió, con la extensión `RRVS` o el campo de cabecera `Require-Recipient-Valid-Since`, que solo se entregara si el buzón tenía el mismo titular desde una fecha determinada, y el receptor sabe que ha cambiado de manos desde entonces. El RFC 4865 usó en su día este número para una cuota; IANA lo asignó al RFC 7293.",
        "Los remitentes automatizados de correo sensible usan `RRVS` para no llegar a alguien que se ha quedado con una dirección reciclada. El servidor receptor responde entonces `550 5.7.17` a `RCPT TO`, o tras los datos del mensaje cuando la fecha venía en el campo de cabecera.",
        "El remitente debe considerar que la dirección ya no pertenece a la persona que conocía: tiene que dejar de enviarle correo y pedir a esa persona una dirección actual por otra vía. Reenviar sin la comprobación de fecha podría entregar el correo a un desconocido.",
    ],
    // X.7.18
    [
        "El titular del dominio ha cambiado",
        "El remitente pidió una comprobación de titularidad con `RRVS` o el campo de cabecera `Require-Recipient-Valid-Since`, y el receptor informa de que el nombre de dominio del destinatario tiene un nuevo titular desde la fecha indicada. El correo a esa dirección podría llegar ahora a alguien ajeno.",
        "Los sistemas receptores compatibles con `RRVS` lo envían cuando saben que el dominio cambió de titular después de la fecha del remitente y deciden revelarlo, en lugar de responder solo sobre el buzón.",
        "El remitente debe dejar de usar la dirección y confirmar una nueva con el destinatario previsto por otra vía. No hay nada que corregir en el lado receptor.",
    ],
    // X.7.19
    [
        "No se puede completar la comprobación RRVS",
        "El remitente pidió una comprobación de titularidad `RRVS`, pero el receptor no tiene constancia de cuándo se creó o se reasignó por última vez el buzón, así que lo rechaza en lugar de suponer. No dice nada sobre si la dirección sigue siendo válida.",
        "Los receptores lo envían cuando no se conoce ni la fecha de creación del buzón ni un sustituto razonable, por ejemplo después de que un dominio pasara a un nuevo titular o proveedor sin el historial de sus buzones.",
        "El remitente tiene que decidir: reenviar sin la protección `RRVS` si ese riesgo es aceptable, o confirmar primero la dirección con el destinatario por otra vía. Repetir la misma petición no servirá de nada.",
    ],
    // X.7.20
    [
        "No se encontró ninguna firma DKIM válida",
        "El receptor exige una firma DKIM válida y el mensaje no tenía ninguna: no estaba firmado o todas las firmas fallaron en la verificación. El RFC 6376 desaconseja rechazar correo solo por esto, así que se trata de una política local estricta.",
        "Los receptores que exigen DKIM, por ejemplo en virtud de un acuerdo con un socio que prometió firmarlo todo, lo envían una vez recibidos los datos del mensaje. Las firmas fallan cuando la clave pública no está en el DNS o no coincide, o cuando algo modificó el mensaje después de firmarlo.",
        "El administrador del remitente debe hacer que el servidor o el proveedor de correo firme con DKIM todos los mensajes salientes y publicar la clave pública como registro TXT en `<selector>._domainkey.<domain>`. Envía un mensaje de prueba, comprueba que su cabecera `Authentication-Results` muestra DKIM como superado (pass) y evita que pies de página o pasarelas modifiquen el correo después de firmarlo.",
    ],
    // X.7.21
    [
        "No se encontró ninguna firma DKIM aceptable",
        "El mensaje tenía al menos una firma DKIM que se verificó, pero ninguna cumplía los requisitos adicionales del receptor, como qué campos de cabecera deben firmarse o la prohibición de firmas que cubren solo parte del cuerpo. Una firma técnicamente válida no bastó.",
        "Los receptores con reglas DKIM estrictas lo envían una vez recibidos los datos del mensaje, aunque el RFC 6376 desaconseja estos rechazos. Los desencadenantes típicos son una firma que omite campos de cabecera importantes o que usa un límite de longitud del cuerpo (`l=`).",
        "El administrador del remitente debe firmar con una configuración que acepte la mayoría de los receptores: incluir `From`, `Subject`, `Date`, `To` y los demás campos de cabecera esenciales, y firmar el cuerpo completo sin `l=`. El texto de la respuesta puede indicar qué requisito no se cumplió; si el problema es el dominio de `From`, consulta `X.7.22`.",
    ],
    // X.7.22
    [
        "No se encontró ninguna firma DKIM válida que coincida con el autor",
        "El mensaje tenía firmas DKIM válidas, pero ninguna la hizo el dominio del campo de cabecera `From`, la dirección del autor. El receptor exige que el dominio firmante coincida con el del autor; es un caso particular de `X.7.21`.",
        "Los receptores lo envían una vez recibidos los datos del mensaje, típicamente cuando un servicio de correo firmó con su propio dominio en lugar del dominio del cliente. DMARC se basa en la misma idea de hacer coincidir (alinear) el dominio autenticado con el dominio de `From`.",
        "Haz que el dominio `d=` de la firma sea el dominio de `From` o, con la alineación relajada de DMARC, un dominio de la misma organización. Para un remitente externo, como un servicio de boletines o de CRM, configura su DKIM con dominio propio: publica bajo tu dominio la clave que te proporciona para que firme en tu nombre.",
    ],
    // X.7.23
    [
        "Falló la validación SPF",
        "La comprobación SPF dio el resultado «fail»: el dominio de `MAIL FROM` (o el nombre `HELO`) publica un registro SPF que no autoriza la dirección IP desde la que llegó el mensaje, y la política del receptor rechaza ese correo. Sustituye a `5.7.1` en este caso.",
        "Los receptores lo envían, a menudo antes de que se transfieran los datos del mensaje, cuando el registro SPF del dominio emisor termina en `-all` y el servidor emisor no está incluido. Las causas habituales son un nuevo servicio o servidor de correo que nunca se añadió al registro y el reenvío, en el que un tercero vuelve a enviar el correo desde su propia dirección IP.",
        "El administrador del remitente debe incluir todos los servidores salientes legítimos en el registro TXT de SPF del dominio, con entradas `ip4:` e `ip6:` o el `include:` del proveedor de correo, y mantener un único registro que empiece por `v=spf1`. Si la causa es un reenvío, el reenviador debe reescribir `MAIL FROM` con su propio dominio, o el destinatario puede eximir al reenviador de las comprobaciones SPF.",
    ],
    // X.7.24
    [
        "Error en la validación SPF",
        "El receptor no pudo completar la comprobación SPF por un error, lo que no es lo mismo que una comprobación fallida. Un error temporal, normalmente un problema en una consulta DNS, da la forma `4.7.24`; `5.7.24` significa que el registro SPF del dominio está dañado y no se puede interpretar.",
        "Los receptores lo envían con `451` cuando las consultas DNS del registro agotan el tiempo de espera o fallan, y con `550` cuando el registro tiene un error de sintaxis, cuando el dominio publica más de un registro SPF o cuando la evaluación necesita más de 10 términos que consultan el DNS, como `include:`, `a` y `mx`.",
        "El administrador del remitente debe revisar el registro SPF: exactamente un registro TXT que empiece por `v=spf1`, sin errores tipográficos y con menos de 10 consultas, por ejemplo sustituyendo términos `include:` anidados por rangos `ip4:` o `ip6:`. En la forma temporal, asegúrate de que los servidores DNS del dominio responden de forma fiable; el fallo también puede estar en el DNS del receptor.",
    ],
    // X.7.25
    [
        "Falló la validación del DNS inverso",
        "La dirección IP del servidor emisor no superó la comprobación de DNS inverso del receptor: no tiene registro PTR, o el nombre de host de ese registro no se resuelve de vuelta a la misma dirección IP. La política del receptor rechaza el correo de esos hosts.",
        "Los receptores lo envían al principio de la sesión a servidores cuya dirección IP no tiene registro PTR, o cuyo nombre PTR no tiene un registro A o AAAA coincidente. Los servidores nuevos en la nube y las conexiones domésticas suelen empezar así.",
        "El administrador del remitente debe pedir a quien controla la dirección IP (el proveedor de alojamiento o de internet) un registro PTR con el nombre del servidor de correo, como `mail.example.com`, y asegurarse de que ese nombre tiene un registro A o AAAA con la misma dirección. Usa el mismo nombre en `EHLO`.",
    ],
    // X.7.26
    [
        "Fallaron varias comprobaciones de autenticación",
        "El mensaje no superó más de una de las comprobaciones de autenticación del receptor, como SPF, DKIM, ARC o DNS inverso, y su política lo rechaza por ello. El código no dice qué comprobaciones fallaron.",
        "El RFC 7372 pide a los servidores que lo usen cuando fallan varias comprobaciones, en lugar de indicar solo el primer fallo. Son típicos el correo falsificado, los dominios sin SPF ni DKIM operativos y el correo reenviado que rompió ambos; un fallo DMARC también significa que ni SPF ni DKIM se superaron para el dominio de `From`.",
        "El administrador del remitente debe corregir todas las comprobaciones, no solo una: el registro SPF debe incluir todos los servidores de envío, los mensajes deben llevar una firma DKIM del dominio de `From` y la dirección IP de envío necesita un DNS inverso coincidente. Un mensaje de prueba a un buzón que controles muestra cada resultado en su cabecera `Authentication-Results`.",
    ],
    // X.7.27
    [
        "La dirección del remitente tiene un MX nulo",
        "El dominio de la dirección del remitente (en `MAIL FROM` o en el campo de cabecera `From`) publica un registro MX nulo, que declara que no acepta correo. Las respuestas y los rebotes nunca podrían entregarse allí, así que el receptor rechaza el mensaje.",
        "Los receptores lo envían para correo de un dominio cuyo único registro MX tiene preferencia 0 y destino «.», normalmente un dominio que no envía correo y se está falsificando como dirección de retorno, o un dominio emisor que publicó un MX nulo por error.",
        "Si el dominio debe enviar correo, su administrador tiene que eliminar el MX nulo y publicar registros MX reales de servidores que acepten correo, incluidos los rebotes. Si no, envía desde una dirección de un dominio que pueda recibir correo.",
    ],
    // X.7.28
    [
        "Inundación de correo detectada",
        "El receptor cree que el mensaje forma parte de una avalancha de mensajes abusivos similares y lo rechaza. El código procede de un Internet-Draft, no de un RFC, e IANA no le asigna ningún código de respuesta: el campo solo muestra un punto.",
        "Se registró para avalanchas como la masa de correos de confirmación que llega cuando unos atacantes introducen la dirección de una víctima en muchos formularios de registro web. Los receptores que detectan ráfagas de mensajes similares dirigidos a una misma dirección pueden enviarlo.",
        "Si gestionas un formulario web que envía correos de confirmación, limita la frecuencia con la que se puede registrar una misma dirección, bloquea los envíos automatizados y deja de escribir a las direcciones que nunca confirman. Si eres un remitente normal atrapado en una avalancha, reinténtalo más tarde o contacta con el postmaster del destinatario.",
    ],
    // X.7.29
    [
        "Fallo en la validación ARC",
        "El mensaje llevaba una cadena ARC, en la que los reenviadores y las listas de correo firman y registran los resultados de autenticación que vieron, y la cadena no superó la validación. Una cadena rota cuenta como si no hubiera cadena. ARC se define en un RFC experimental (RFC 8617).",
        "Los receptores que comprueban ARC pueden enviarlo cuando el sello o la firma ARC de un intermediario no se verifica, normalmente junto con fallos de SPF o DKIM; el RFC 8617 les permite enviar `5.7.26` en su lugar. Todo error ARC, incluso un fallo de DNS, cuenta como permanente.",
        "El reenviador o la lista de correo que añadió las cabeceras ARC debe corregir su configuración: publicar su clave de firma ARC en el DNS, sellar solo después de sus propios cambios en el mensaje y mantener intactos los conjuntos ARC anteriores. El remitente original puede reducir el problema haciendo que SPF y DKIM se superen por sí mismos (consulta `X.7.26`).",
    ],
    // X.7.30
    [
        "Se requiere compatibilidad con REQUIRETLS",
        "El mensaje se envió con `REQUIRETLS`, que exige una transferencia protegida en cada salto, y ninguno de los servidores a los que debía pasar a continuación admite `REQUIRETLS`. Por eso el servidor que lo tenía no lo transmitió y lo devolvió.",
        "Aparece en los informes de fallo de entrega: un servidor de retransmisión llegó a los servidores de correo del destinatario mediante TLS, pero ninguno anunció `REQUIRETLS` tras `STARTTLS`. Si no se pudo establecer el propio TLS, el informe usa `5.7.10` en su lugar.",
        "El administrador del destinatario necesita servidores de correo compatibles con `REQUIRETLS`, con certificados que se validen y registros MX protegidos por DNSSEC o MTA-STS. Si no, el remitente tiene que decidir si el mensaje puede viajar sin esa garantía y reenviarlo sin `REQUIRETLS`, o usar otro canal.",
    ],
    // 2.XXX.XXX
    [
        "Éxito",
        "Un 2 como primer dígito significa que la acción funcionó: la dirección o el mensaje se aceptó, se retransmitió o se entregó. Los otros dos números pueden añadir detalles, como un cambio hecho en el mensaje por el camino.",
        "Los servidores que usan códigos de estado mejorados lo incluyen en sus respuestas positivas, como `250` y `251`, y los informes de entrega lo usan para confirmar que un mensaje se entregó o se transmitió.",
        "No hay nada que corregir. Un código de éxito puede notificar también un cambio, por ejemplo una nueva prioridad o un formato convertido, así que lee el resto del código si el resultado te sorprende.",
    ],
    // 4.XXX.XXX
    [
        "Fallo transitorio persistente",
        "Un 4 como primer dígito significa un fallo temporal: el mensaje en sí es aceptable, pero alguna condición por el camino lo retrasó o, si duró lo suficiente, hizo que el remitente desistiera. Volver a enviarlo más tarde puede funcionar.",
        "Acompaña a códigos de respuesta que empiezan por 4, como `421`, `450` y `451`, y aparece en avisos de retraso y en rebotes enviados después de que el servidor emisor dejara de reintentar.",
        "Normalmente nada: el servidor emisor conserva el mensaje y lo reintenta por sí solo. Si un rebote dice que desistió, lee los números de tema y detalle para conocer el motivo, corrígelo si está de tu lado y vuelve a enviar el mensaje.",
    ],
    // 5.XXX.XXX
    [
        "Fallo permanente",
        "Un 5 como primer dígito significa un fallo permanente: volver a enviar el mismo mensaje sin cambios no funcionará. Primero tiene que cambiar algo del mensaje, de la dirección o del destino.",
        "Acompaña a códigos de respuesta que empiezan por 5, como `550` y `554`, y aparece en los mensajes de rebote cuando se ha abandonado la entrega.",
        "No te limites a reenviar. Lee los números de tema y detalle y el texto para saber qué tiene que cambiar, como la dirección, el tamaño del mensaje o la configuración del remitente, y vuelve a enviar solo cuando esté corregido.",
    ],
    // X.0.XXX
    [
        "Otro estado o estado no definido",
        "Un tema 0 no dice nada sobre dónde está el problema. Solo el primer dígito (éxito, fallo temporal o fallo permanente) aporta información.",
        "Los servidores y los informes de entrega lo usan cuando no pueden o no quieren clasificar el resultado, sobre todo en las formas `2.0.0`, `4.0.0` y `5.0.0`.",
        "Guíate por el código de respuesta y por el texto que sigue al código. Si el texto no explica el problema, pregunta al administrador del servidor que lo generó.",
    ],
    // X.1.XXX
    [
        "Estado de direccionamiento",
        "Un tema 1 apunta a una dirección, la del remitente o la de un destinatario: su sintaxis o si existe. El RFC 3463 señala que normalmente el remitente puede corregir estos problemas y volver a intentarlo.",
        "Aparece sobre todo en respuestas a `MAIL FROM` y `RCPT TO`, y en rebotes por direcciones desconocidas, trasladadas o mal formadas.",
        "Revisa si la dirección indicada en el error tiene errores tipográficos y confírmala con su titular; luego vuelve a enviar a la dirección corregida.",
    ],
    // X.2.XXX
    [
        "Estado del buzón",
        "Un tema 2 apunta al buzón del destinatario: existe, pero su estado, por ejemplo estar lleno o desactivado, detuvo el mensaje. Estos problemas están en manos del destinatario.",
        "Aparece en respuestas a `RCPT TO` o al final de los datos del mensaje, y en rebotes del paso final de la entrega.",
        "Avisa al destinatario por otra vía; solo él o su administrador de correo pueden liberar espacio, volver a activar el buzón o cambiar sus límites.",
    ],
    // X.3.XXX
    [
        "Estado del sistema de correo",
        "Un tema 3 apunta al sistema de correo de destino en su conjunto: su almacenamiento, su disponibilidad, sus límites de tamaño, sus funciones o su configuración. De todo ello es responsable su administrador.",
        "Aparece en respuestas de servidores receptores llenos, no disponibles, mal configurados o limitados en tamaño de mensaje o en funciones, y en rebotes que notifican esos problemas.",
        "Las formas temporales suelen resolverse cuando el servidor emisor reintenta. En las permanentes, adapta el mensaje, por ejemplo su tamaño, o pide al administrador del destino que corrija el sistema.",
    ],
    // X.4.XXX
    [
        "Estado de red y enrutamiento",
        "Un tema 4 apunta al trayecto de entrega: las conexiones de red, el DNS y otros servicios de enrutamiento entre los sistemas. Normalmente corresponden a los administradores del destino o de un sistema intermedio.",
        "Aparece en avisos de retraso y en rebotes cuando el servidor emisor no puede llegar al destino ni encontrar una ruta hacia él, por ejemplo tras tiempos de espera agotados, fallos de DNS, bucles de enrutamiento o un plazo de entrega vencido.",
        "Los errores de red temporales suelen resolverse al reintentar. Si persisten, revisa el DNS y los registros MX del dominio de destino y la conectividad de los servidores implicados, o comunica el problema al administrador del destino.",
    ],
    // X.5.XXX
    [
        "Estado del protocolo de entrega de correo",
        "Un tema 5 apunta al propio intercambio SMTP: comandos, sintaxis, argumentos o versiones de protocolo en los que los dos lados no coinciden, ya sea por un software defectuoso o por una conexión poco fiable.",
        "Aparece en respuestas a comandos mal formados, desconocidos o enviados en mal orden, y en rebotes después de que se rompiera un intercambio entre dos servidores.",
        "Suele ser un problema del software emisor o de su configuración: revisa el comando y sus argumentos, y actualiza o corrige el cliente. Si la conexión no era fiable, vuelve a intentarlo.",
    ],
    // X.6.XXX
    [
        "Estado del contenido o del formato del mensaje",
        "Un tema 6 apunta al contenido del mensaje: un formato, una codificación o un tipo de medio que no se pudo transportar o convertir. El remitente y el receptor deben admitir un conjunto común de tipos de contenido para que el mensaje pase.",
        "Aparece tras los datos del mensaje, y en rebotes de pasarelas y servidores que no pueden manejar o convertir parte de un mensaje, incluidas direcciones o cabeceras con caracteres no ASCII.",
        "Envía el contenido de una forma más ampliamente admitida, por ejemplo un tipo de adjunto común o una dirección en ASCII simple, o pide al lado del destinatario que admita el formato.",
    ],
    // X.7.XXX
    [
        "Estado de seguridad o de política",
        "Un tema 7 apunta a la seguridad o a la política: reglas de filtrado de remitentes, destinatarios u hosts, autenticación, cifrado y comprobaciones como SPF, DKIM y DMARC. La causa pueden ser las reglas de cualquiera de los dos lados.",
        "Aparece en respuestas a casi cualquier comando cuando un servidor rechaza correo por política, exige autenticación o cifrado, o detecta que falló una comprobación del remitente, y en los rebotes que siguen.",
        "Lee el texto para ver qué regla se aplicó. Los remitentes suelen resolverlo autenticándose, usando cifrado, corrigiendo los registros SPF, DKIM o DMARC, o saliendo de una lista de bloqueo; una política del lado receptor solo puede cambiarla su administrador.",
    ],
];

/// UI strings and sentence templates, in `super::UiKey` order.
pub(super) static UI: [&str; UI_KEYS] = [
    // label.summary
    "Resumen",
    // label.description
    "Descripción",
    // label.when_seen
    "Cuándo aparece",
    // label.how_to_fix
    "Cómo solucionarlo",
    // label.key_differences
    "Diferencias clave",
    // label.when_to_use
    "Cuándo se usa cada uno",
    // label.learn_more
    "Más información",
    // label.class
    "Clase",
    // label.category
    "Categoría",
    // label.subject
    "Tema",
    // label.status
    "Estado",
    // label.retry
    "Qué debe hacer el cliente",
    // label.fix_by
    "Quién debe actuar",
    // label.commands
    "Devuelto por",
    // label.references
    "Referencias",
    // label.related
    "Códigos relacionados",
    // label.compare_with
    "Se confunde a menudo con",
    // label.server_text
    "Lo que dijo el servidor",
    // label.problems
    "Problemas en esta respuesta",
    // label.reply_code
    "Código de respuesta",
    // label.enhanced_code
    "Código de estado mejorado",
    // class.2.name
    "Finalización positiva",
    // class.3.name
    "Intermedia positiva",
    // class.4.name
    "Finalización negativa transitoria",
    // class.5.name
    "Finalización negativa permanente",
    // class.2.phrase
    "una respuesta 2xx de finalización positiva",
    // class.3.phrase
    "una respuesta 3xx intermedia positiva",
    // class.4.phrase
    "una respuesta 4xx negativa transitoria",
    // class.5.phrase
    "una respuesta 5xx negativa permanente",
    // category.0
    "Sintaxis",
    // category.1
    "Información",
    // category.2
    "Conexiones",
    // category.3
    "Sin especificar",
    // category.4
    "Sin especificar",
    // category.5
    "Sistema de correo",
    // category.other
    "Fuera de las categorías estándar",
    // status.standard
    "Estándar",
    // status.extension
    "Definido por una extensión SMTP",
    // status.obsolete
    "Obsoleto",
    // status.experimental
    "Definido como experimental",
    // status.non_standard
    "No estándar",
    // retry.nothing_to_do
    "Nada que hacer. El comando se ejecutó correctamente.",
    // retry.continue
    "Continuar. El servidor espera la siguiente parte del intercambio.",
    // retry.later
    "Reintentar más tarde. El problema es temporal y un servidor de correo reintenta por sí solo.",
    // retry.not_unchanged
    "No reintentar sin cambios. Algo tiene que cambiar antes de que el mismo intento pueda funcionar.",
    // party.sending_client
    "El cliente emisor",
    // party.sender_admin
    "El administrador del remitente",
    // party.recipient_admin
    "El administrador del destinatario",
    // party.server_admin
    "El administrador del servidor que respondió",
    // party.nobody
    "Nadie",
    // party.sender
    "El remitente del mensaje",
    // party.recipient
    "El destinatario del mensaje",
    // command.connect
    "Saludo de conexión",
    // command.data_end
    "Fin de los datos del mensaje",
    // command.any
    "Cualquier comando",
    // list.separator
    ", ",
    // show.title
    "SMTP {code}: {title}",
    // show.is_class
    "{code} es {class}.",
    // show.enhanced_class
    "Con la clase {digit} significa: {class}.",
    // show.enhanced_kind
    "{code} es un código de estado mejorado: va después del código de respuesta e indica el tema ({subject}) y el detalle.",
    // show.non_standard
    "Ningún RFC define {code}. Las fuentes siguientes describen quién lo usa.",
    // compare.title
    "SMTP {a} {a_title} frente a {b} {b_title}",
    // compare.contrast
    "{a} ({a_title}) es {a_class}, mientras que {b} ({b_title}) es {b_class}.",
    // compare.same_class
    "{a} ({a_title}) y {b} ({b_title}) pertenecen a la misma clase: {class}.",
    // compare.kinds
    "{a} es un código de respuesta básico, los tres dígitos con los que empieza cada línea de respuesta; {b} es un código de estado mejorado, que los servidores que lo admiten escriben tras el código de respuesta.",
    // compare.same_code
    "{a} y {b} son el mismo código.",
    // compare.advice
    "Después de {code}: {retry}",
    // diff.class
    "Clase: {a} es {a_class}; {b} es {b_class}.",
    // diff.retry
    "Qué debe hacer el cliente. Después de {a}: {a_retry} Después de {b}: {b_retry}",
    // diff.category
    "Categoría (segundo dígito): {a_category} para {a}, {b_category} para {b}.",
    // diff.subject
    "Tema: {a_subject} para {a}, {b_subject} para {b}.",
    // diff.fix_by
    "Quién debe actuar: {a_fix_by} para {a}; {b_fix_by} para {b}.",
    // diff.commands
    "Comandos a los que responde: {a_commands} en el caso de {a}; {b_commands} en el caso de {b}.",
    // diff.commands_one
    "Comandos: solo {a} está ligado a comandos concretos ({commands}).",
    // diff.associated
    "El registro de IANA incluye {reply} entre los códigos de respuesta que se usan con {enhanced}.",
    // diff.related
    "El catálogo considera {a} y {b} códigos relacionados.",
    // diff.lookalike
    "{a} y {b} se confunden a menudo: lee las descripciones anteriores para distinguirlos.",
    // diff.status
    "Estado: {a}, {a_status}; {b}, {b_status}.",
    // use.class.2
    "Un servidor responde {code} para confirmar que el comando funcionó.",
    // use.class.3
    "Un servidor responde {code} para pedir al cliente que continúe con el siguiente paso.",
    // use.class.4
    "Un servidor responde {code} cuando el problema puede resolverse por sí solo, para que el cliente vuelva a intentarlo más tarde.",
    // use.class.5
    "Un servidor responde {code} cuando repetir el mismo intento no puede funcionar hasta que alguien cambie algo.",
    // use.same_class
    "Ambos códigos pertenecen a la misma clase, así que un cliente reacciona igual ante ellos; lo que cambia es la causa y, por tanto, la solución.",
    // use.kinds
    "Un cliente actúa según el código de respuesta {reply}; el código de estado mejorado {enhanced} indica a las personas con más precisión qué falló.",
    // learn.page
    "{code} {title}",
    // explain.title
    "Qué significa la respuesta {code}",
    // explain.no_code
    "Este texto no empieza por un código de respuesta SMTP, así que no se puede explicar.",
    // explain.unknown
    "{code} no está en el catálogo; aun así, su clase indica qué hacer.",
    // problem.mismatch
    "El código de estado mejorado {enhanced} pertenece a la clase {enhanced_digit}, pero el código de respuesta {code} pertenece a la clase {digit}. Los clientes actúan según el código de respuesta.",
    // problem.mixed_codes
    "No todas las líneas de esta respuesta llevan el mismo código ({codes}).",
    // problem.line_too_long
    "La línea {line} supera los {limit} caracteres que permite SMTP.",
    // problem.not_text
    "La línea {line} contiene bytes que no son texto.",
    // problem.truncated
    "La respuesta se cortó: solo se leyeron las primeras {limit} líneas.",
    // label.what_happened
    "Qué ocurrió",
    // label.what_to_do
    "Qué hacer",
    // label.tell_the_sender
    "Qué decirle al remitente",
    // label.evidence
    "Cómo lo sabemos",
    // evidence.text
    "el servidor dice {quote}",
    // evidence.enhanced_code
    "el código de estado mejorado {code}",
    // evidence.reply_code
    "el código de respuesta {code}",
    // explain.reason_disagrees
    "Por sí solo, este motivo significaría: {reason_retry} Pero quien decide es el código {code}: {code_retry}",
    // site.title
    "Códigos de respuesta SMTP",
    // site.intro
    "Qué significa cada código de respuesta SMTP y cada código de estado mejorado, cuándo aparece y cómo solucionarlo.",
    // site.reply_codes
    "Códigos de respuesta",
    // site.enhanced_codes
    "Códigos de estado mejorados",
    // site.comparisons
    "Comparaciones",
    // site.class_heading
    "{digit}xx: {class}",
    // site.subject_heading
    "X.{digit}.x: {subject}",
    // site.home
    "Todos los códigos",
    // site.languages
    "Otros idiomas",
    // site.generated
    "Generado por smtp-codes a partir de la versión {version} del catálogo.",
];

/// Per reason, in `super::Reason` order: ["title", "meaning", "how_to_fix", "user_message"].
pub(super) static REASONS: [[&str; 4]; REASON_COUNT] = [
    // user_unknown
    [
        "La dirección del destinatario no existe",
        "El servidor receptor no tiene ningún buzón para la dirección indicada en `RCPT TO`, normalmente por un error tipográfico o porque la cuenta se eliminó. Los servidores lo indican con `550` y `5.1.1`, pero un `550` a secas se usa también para muchos otros rechazos, y en ese caso es el texto de la respuesta el que decide.",
        "Revisa si la dirección tiene errores tipográficos, sobre todo en la parte anterior a la `@`, y pide la dirección correcta al destinatario por otra vía. Elimina de las listas de correo las direcciones que fallan una y otra vez. Si la dirección debería existir, el administrador del destinatario tiene que crear el buzón o corregir el alias o la tabla de enrutamiento.",
        "La dirección no existe. Comprueba que esté bien escrita y vuelve a enviar el mensaje.",
    ],
    // mailbox_disabled
    [
        "El buzón del destinatario está desactivado o se ha trasladado",
        "El servidor receptor conoce la dirección, pero su buzón no acepta correo: se desactivó, se suspendió, se cerró por inactividad o se trasladó a otro lugar. Los servidores lo indican con `5.2.1`, con `5.1.6` o `551` si el buzón se ha trasladado, o con un `550` genérico cuyo texto lo explica.",
        "Solo el destinatario o su administrador pueden volver a activar el buzón. El remitente debe contactar con el destinatario por otra vía, preguntarle si el buzón volverá a funcionar o qué dirección nueva debe usar, y actualizar en consecuencia sus libretas de direcciones y sus listas.",
        "El buzón del destinatario está cerrado o ya no se usa. Ponte en contacto con esa persona por otro medio para conseguir una dirección actual.",
    ],
    // mailbox_full
    [
        "El buzón del destinatario está lleno",
        "El buzón del destinatario ha agotado su cuota de almacenamiento, así que no cabe nada más hasta que se borre correo o se amplíe la cuota. Los servidores lo indican con `4.2.2` y un `450` o `452` temporal, o con un `552` permanente y `5.2.2`; los demás destinatarios del mismo servidor no se ven afectados.",
        "El destinatario tiene que borrar o archivar correo, o su administrador tiene que ampliar la cuota. Tras una respuesta temporal, el servidor emisor reintenta por sí solo; tras una permanente, el remitente debe volver a enviar el mensaje cuando el buzón tenga espacio. Suele ayudar avisar al destinatario por otra vía.",
        "El buzón del destinatario está lleno. Inténtalo de nuevo más tarde o avísale por otro medio de que tiene que liberar espacio.",
    ],
    // domain_not_found
    [
        "El dominio del destinatario no existe o no recibe correo",
        "La parte de la dirección que va tras la `@` nombra un dominio que no existe en el DNS, que no tiene registros MX ni de dirección o que publica un MX nulo para declarar que no acepta correo. Los servidores lo indican con `5.1.2`, o con `556` y `5.1.10` en el caso de un MX nulo; un fallo temporal de la consulta (`4.4.3`) es otro problema.",
        "Revisa si el dominio tiene errores tipográficos (una terminación equivocada como `.con` es habitual) y pide al destinatario una dirección que funcione. Si el dominio debe recibir correo, su administrador tiene que registrarlo si hace falta, publicar registros MX que apunten a un servidor de correo en funcionamiento y eliminar cualquier MX nulo.",
        "La parte de la dirección que va después de la arroba es incorrecta o no puede recibir correo. Comprueba que la dirección esté bien escrita y vuelve a enviar el mensaje.",
    ],
    // relay_denied
    [
        "Retransmisión denegada",
        "El servidor no se encarga del dominio del destinatario y no retransmitirá el mensaje en tu nombre, normalmente porque no has iniciado sesión o porque estás enviando a través del servidor equivocado. Suele llegar como `550` o `554` con `5.7.1`, códigos que comparten otros rechazos por política, así que es el texto el que decide.",
        "Un programa de correo o una aplicación debe enviar a través del servidor de envío de su propio proveedor (puerto `587` o `465`) e iniciar sesión antes con `AUTH`. Si el servidor debería aceptar el dominio del destinatario, el administrador del destinatario tiene que añadirlo a sus dominios aceptados o corregir los registros MX del dominio.",
        "El sistema de correo se negó a transmitir tu mensaje, normalmente porque tu programa de correo no ha iniciado sesión en tu cuenta de correo saliente. Revisa la configuración de la cuenta y vuelve a intentarlo.",
    ],
    // too_many_recipients
    [
        "Demasiados destinatarios",
        "El mensaje tiene más destinatarios de los que el servidor acepta en una sola transacción. Los servidores rechazan los comandos `RCPT TO` sobrantes con `452` y `4.5.3`, o de forma permanente con `5.5.3`; los servidores antiguos envían `552`, que según el RFC 5321 debe tratarse en este caso como temporal.",
        "Un cliente que cumple el estándar entrega el mensaje a los destinatarios ya aceptados y envía los rechazados en una nueva transacción. Si una persona recibe esto en un rebote, debe dividir los destinatarios en grupos más pequeños o usar una lista de correo. Los administradores pueden revisar los límites de destinatarios configurados en el servidor.",
        "El mensaje tenía demasiados destinatarios para el sistema de correo que lo recibe. Envíalo a menos personas cada vez.",
    ],
    // sender_rejected
    [
        "Dirección del remitente rechazada",
        "El servidor rechazó la propia dirección del remitente del sobre, la indicada en `MAIL FROM`: tiene un formato incorrecto, su dominio no existe o no puede recibir respuestas, o este remitente no tiene permiso para usarla. Los códigos típicos son `553`, `501` con `5.1.7`, `550` con `5.1.8` y `5.7.27` para un dominio remitente con un MX nulo.",
        "Configura una dirección de remitente completa y real en el programa, el dispositivo o el script que envía, y no uses dominios ficticios. Si el servidor dice que no puedes enviar con esa dirección, usa la de la cuenta con la que iniciaste sesión. El administrador del remitente debe asegurarse de que el dominio existe y puede recibir correo, rebotes incluidos.",
        "Se rechazó la dirección desde la que envías. Revisa la dirección del remitente en la configuración de tu correo o pide ayuda al administrador de tu correo.",
    ],
    // sender_auth_fail
    [
        "Falló la autenticación del remitente (SPF o DKIM)",
        "El receptor comprobó si el dominio emisor autoriza este mensaje, y la comprobación SPF o DKIM no se superó. Existen códigos específicos (`5.7.23` y `5.7.24` para SPF, de `5.7.20` a `5.7.22` para DKIM, `5.7.26` para varios fallos), pero muchos servidores envían `550 5.7.1`, que es lo que el RFC 7208 propone para un fallo de SPF.",
        "El administrador del remitente debe incluir todos los servidores de envío legítimos en el registro SPF del dominio y hacer que todo el correo saliente se firme con DKIM, con la clave pública publicada en el DNS. Un mensaje de prueba a un buzón que controles muestra los resultados en su cabecera `Authentication-Results`. El reenvío rompe SPF; quien reenvía tiene que reescribir `MAIL FROM`.",
        "El sistema de correo del destinatario no pudo confirmar que el mensaje procede realmente de tu dominio de correo. El administrador de tu correo tiene que corregir la configuración del dominio.",
    ],
    // dmarc_fail
    [
        "Falló la comprobación de la política DMARC",
        "El dominio de la cabecera `From` publica una política DMARC que pide a los receptores rechazar el correo que no la supera, y ni SPF ni DKIM se superaron para un dominio alineado con él. El RFC 7489 muestra `550 5.7.1` como ejemplo de respuesta; también aparece `5.7.26`, y solo el texto revela que se trataba de DMARC.",
        "El administrador del remitente debe hacer que todas las fuentes de correo del dominio superen SPF o DKIM con un dominio alineado: firmar con un dominio `d=` que coincida con el dominio de `From` o que comparta con él el dominio organizativo, y configurar los servicios de boletines y de tickets para que firmen en su nombre. Los informes agregados de DMARC muestran qué fuentes fallan. Las listas de correo que modifican los mensajes rompen DKIM.",
        "El sistema de correo del destinatario rechazó el mensaje porque no pudo confirmar que procede de tu dominio de correo. El administrador de tu correo tiene que corregir la configuración del dominio.",
    ],
    // auth_required
    [
        "Hay que iniciar sesión antes de enviar",
        "El servidor solo acepta correo de clientes que han iniciado sesión, y este cliente envió `MAIL FROM` o `RCPT TO` sin haber completado `AUTH`. El RFC 4954 prevé para ello `530` con `5.7.0`; algunos servidores responden en su lugar con un rechazo de retransmisión.",
        "Activa la autenticación del servidor saliente en el programa de correo o la aplicación, con el nombre de usuario y la contraseña de la cuenta. Usa el puerto de envío (`587` con `STARTTLS`, o `465`) y envía `AUTH` después de `EHLO` y antes de `MAIL FROM`; la respuesta a `EHLO` enumera los mecanismos que ofrece el servidor.",
        "Tu programa de correo tiene que iniciar sesión en tu cuenta de correo saliente antes de poder enviar. Activa el inicio de sesión para el correo saliente en la configuración de la cuenta.",
    ],
    // auth_failed
    [
        "Inicio de sesión rechazado",
        "El cliente intentó iniciar sesión con `AUTH` y el servidor lo rechazó: el nombre de usuario o la contraseña son incorrectos, el mecanismo no está permitido o la cuenta no tiene permiso para iniciar sesión. Las respuestas típicas son `535` con `5.7.8`, `534` con `5.7.9` y `504` para un mecanismo desconocido; `454` indica un fallo temporal en el lado del servidor.",
        "Vuelve a escribir el nombre de usuario y la contraseña en la configuración del servidor saliente; muchos proveedores esperan la dirección completa como nombre de usuario, o una contraseña de aplicación si está activada la verificación en dos pasos. Elige un mecanismo de la línea `AUTH` de la respuesta a `EHLO`. Si los datos son correctos, el administrador de la cuenta debe comprobar si está bloqueada o desactivada.",
        "No se pudo iniciar sesión en tu cuenta de correo saliente. Revisa el nombre de usuario y la contraseña en la configuración de tu programa de correo.",
    ],
    // tls_required
    [
        "Cifrado obligatorio o fallido",
        "El servidor exige una conexión cifrada antes de este paso, o no se pudo establecer el cifrado. Entre las respuestas están `530 5.7.0` antes de `STARTTLS`, `5.7.10` o `5.7.11` para un mecanismo de inicio de sesión que requiere cifrado, `454` cuando TLS no está disponible por el momento y `5.7.30` para `REQUIRETLS`; una política MTA-STS (RFC 8461) también puede impedir la entrega.",
        "Envía `STARTTLS` después de `EHLO` o, para el envío de correo, conéctate al puerto `465` con TLS desde el principio, y vuelve a enviar `EHLO` una vez cifrada la conexión. Si la negociación falla, actualiza la biblioteca TLS del cliente y comprueba qué versiones del protocolo admiten ambos lados. Si el certificado de un servidor ha caducado o no coincide, su administrador tiene que sustituirlo.",
        "No se pudo enviar el mensaje a través de una conexión segura. Activa el cifrado del correo saliente en tu programa de correo o pide ayuda a tu proveedor de correo.",
    ],
    // blocklisted
    [
        "El remitente está en una lista de bloqueo",
        "La dirección del servidor emisor o el dominio del remitente figura en una lista de bloqueo que consulta el receptor, ya sea una lista de bloqueo DNS pública o una lista propia del receptor. Suele llegar como `550` o `554` con `5.7.1`, a veces como un saludo `554`; estos códigos se usan también para otros rechazos, y el texto suele nombrar la lista.",
        "El administrador del remitente debe buscar la dirección afectada en la lista que nombra la respuesta, averiguar la causa (una cuenta pirateada, un equipo infectado, un relay abierto, envíos a direcciones obsoletas), ponerle fin y luego solicitar la exclusión mediante el procedimiento de la propia lista. En un alojamiento compartido, tiene que hacerlo el proveedor, o bien trasladar el correo a otro relay.",
        "Tu proveedor de correo está en una lista de bloqueo que usa el sistema de correo del destinatario, por eso se rechazó el mensaje. Avisa al administrador de tu correo o a tu proveedor.",
    ],
    // bad_reputation
    [
        "Reputación del remitente demasiado baja",
        "El receptor rechazó o aplazó el mensaje por la reputación del servidor o del dominio emisor, que se forma a partir de quejas, mensajes caídos en trampas de spam, rebotes y cambios bruscos de volumen, sin nombrar ninguna lista de bloqueo. Las respuestas van desde un `421` o `450` temporal hasta un `550` o `554` con `5.7.1`, así que es el texto el que decide.",
        "El administrador del remitente debe averiguar qué dañó la reputación: una cuenta comprometida, correo a listas antiguas o compradas, la falta de enlaces para darse de baja o una dirección nueva que empezó enviando mucho volumen. Después hay que corregirlo, autenticar todo el correo y aumentar el volumen poco a poco. Muchos grandes receptores ofrecen herramientas para postmasters o circuitos de retroalimentación (feedback loops) que muestran la reputación que ellos ven.",
        "En este momento, el sistema de correo del destinatario no se fía del correo que llega de tu proveedor. Informa de este fallo al administrador de tu correo o a tu proveedor.",
    ],
    // reverse_dns
    [
        "DNS inverso ausente o no coincidente",
        "La dirección IP del servidor emisor no tiene nombre de DNS inverso (PTR), o ese nombre no se resuelve de vuelta a la misma dirección, y el receptor rechaza el correo de esos hosts. El código específico es `5.7.25`, pero muchos servidores envían `550 5.7.1`, o un `450` temporal porque puede que la consulta solo haya fallado de momento.",
        "El administrador del remitente debe pedir a quien controla la dirección IP, el proveedor de alojamiento o de internet, que configure un registro PTR con el nombre del servidor, y publicar para ese nombre un registro A o AAAA que apunte a la misma dirección. También ayuda usar ese mismo nombre en `EHLO`.",
        "El sistema de correo del destinatario rechazó el correo que envía tu proveedor por un problema de configuración de tu lado. Avisa al administrador de tu correo.",
    ],
    // policy_block
    [
        "Rechazado por la política del receptor",
        "Una regla local del lado receptor rechazó el mensaje, una regla que no tiene que ver con el spam, la autenticación ni las listas de bloqueo: por ejemplo, un destinatario que solo acepta a ciertos remitentes, un país o una red bloqueados, o un grupo o una lista cerrados. Suele llegar como `550` o `554` con `5.7.1`, o como `5.7.2` en el caso de una lista de correo.",
        "Busca en el texto de la respuesta qué regla se aplicó. Solo el destinatario o su administrador pueden cambiar la regla o añadir al remitente a una lista de permitidos, así que contacta con ellos por otra vía y cita la respuesta completa. Si es una lista de correo, envía desde la dirección suscrita.",
        "Según sus normas, la organización del destinatario no acepta mensajes tuyos. Ponte en contacto con el destinatario por otro medio y pídele que permita tus mensajes.",
    ],
    // spam
    [
        "Mensaje considerado spam",
        "El filtro del receptor examinó el mensaje y lo clasificó como spam a partir de su texto, sus enlaces, sus adjuntos o sus cabeceras, junto con la reputación del remitente. Los servidores suelen enviar `550` o `554` con `5.7.1`, códigos que también se usan para otros rechazos, así que el texto tiene que mencionar el spam.",
        "El remitente debe revisar lo que puede hacer saltar un filtro: enlaces a dominios de mala reputación o a través de acortadores, un mensaje formado casi solo por imágenes, asuntos engañosos o envíos masivos sin consentimiento ni enlace para darse de baja. El administrador del remitente debe asegurarse de que SPF, DKIM y DMARC se superan. Si es un falso positivo, el destinatario puede pedir a su administrador que autorice al remitente.",
        "El sistema de correo del destinatario trató tu mensaje como correo no deseado. Cambia el contenido, por ejemplo quitando enlaces o adjuntos, o ponte en contacto con el destinatario por otro medio.",
    ],
    // virus
    [
        "Malware o adjunto peligroso",
        "El análisis antivirus del receptor encontró malware en el mensaje, o un adjunto de un tipo que considera peligroso, como un programa o un documento con macros. No hay ningún código reservado para esto; los servidores usan `550` o `554`, a menudo con `5.7.1`, y el texto indica lo que se encontró.",
        "El remitente debe analizar el equipo desde el que se envió el mensaje con un software de seguridad actualizado, ya que el malware suele enviar correo por su cuenta. Un archivo legítimo que se haya bloqueado debe compartirse mediante un enlace de descarga en lugar de adjuntarse. Si el análisis se equivocó, el administrador del destinatario puede notificarlo o crear una excepción.",
        "El mensaje se rechazó porque un adjunto parecía peligroso. Comprueba que tu equipo no tenga virus, o comparte el archivo mediante un enlace de descarga.",
    ],
    // content_rejected
    [
        "Contenido o formato del mensaje rechazado",
        "Se rechazó algo de la forma del mensaje: campos de cabecera ausentes, duplicados o mal formados, una estructura o una codificación MIME defectuosa, líneas demasiado largas o un tipo de adjunto que el receptor no acepta. Los servidores usan códigos `5.6.x` para los problemas de contenido o formato, o un `550` o `554` genérico, así que es el texto el que decide.",
        "Los desarrolladores deben hacer que el mensaje cumpla el RFC 5322 y MIME: un solo campo de cabecera `From` y uno solo `Date`, un `Message-ID`, líneas de 998 caracteres como máximo terminadas en CRLF, y el contenido de 8 bits codificado, salvo que el servidor ofrezca `8BITMIME`. Quien reciba este error debe quitar el tipo de adjunto que nombra la respuesta o compartir el archivo mediante un enlace.",
        "El sistema de correo del destinatario no pudo aceptar el mensaje tal como está, a menudo por el tipo de un adjunto. Quita o sustituye el adjunto, o envía un mensaje de solo texto.",
    ],
    // message_too_big
    [
        "Mensaje demasiado grande",
        "El mensaje supera el tamaño que acepta el receptor, ya sea para todo el sistema o para este buzón. Los servidores envían `552` con `5.3.4` por un límite del sistema o con `5.2.3` por un límite del buzón; un servidor compatible con la extensión `SIZE` puede rechazarlo ya en `MAIL FROM`, antes de que se envíe ningún dato.",
        "Reduce el tamaño del mensaje: comparte los archivos grandes mediante un enlace de descarga, o comprímelos o divídelos, y ten en cuenta que los adjuntos crecen aproximadamente un tercio al codificarse para el envío. Un número tras `SIZE` en la respuesta a `EHLO` es el límite del servidor en bytes. Solo el administrador del destinatario puede aumentar el límite.",
        "El mensaje es demasiado grande para el sistema de correo del destinatario. Quita los adjuntos grandes o compártelos mediante un enlace de descarga, y vuelve a enviarlo.",
    ],
    // rate_limited
    [
        "Límite de envíos alcanzado",
        "El remitente superó un límite de mensajes, conexiones o destinatarios en un periodo de tiempo, así que el servidor no acepta más por ahora. Los receptores suelen responder con `421`, `450` o `451`, a menudo con un código `4.7.x`; los servidores de envío pueden rechazar con `550` o `554` cuando se agota una cuota diaria de envío.",
        "Deja que el servidor emisor reintente más tarde con pausas cada vez más largas, y reduce el número de conexiones en paralelo y de mensajes por conexión hacia este receptor. Reparte los envíos masivos en el tiempo. Si se trata de una cuota de tu propia cuenta, espera a que se restablezca o pide al proveedor un límite más alto.",
        "Se enviaron demasiados mensajes en poco tiempo, así que este ha quedado retenido. Espera un rato y vuelve a intentarlo.",
    ],
    // greylisted
    [
        "Retrasado por listas grises: reintentar más tarde",
        "El receptor rechazó a propósito, durante un tiempo, el primer intento de un remitente desconocido, para ver si vuelve a intentarlo un servidor de correo real, cosa que las herramientas de spam a menudo no hacen. Responde `450` o `451`, a menudo con `4.7.1` o `4.2.0`, y acepta un reintento hecho una vez pasado el tiempo de espera.",
        "No hay nada que corregir si el servidor emisor pone el mensaje en cola y lo reintenta, como exige el RFC 5321; el retraso suele ir de unos minutos a una hora. Los scripts y las aplicaciones que envían directamente también deben poner el correo en cola y reintentar, y los reintentos deben salir de la misma dirección o del mismo grupo de direcciones, ya que una dirección nueva reinicia la espera.",
        "El mensaje se ha retrasado, pero no se ha perdido. Lo normal es que se entregue solo en un plazo de entre unos minutos y una hora.",
    ],
    // syntax
    [
        "Comando o parámetro no reconocido",
        "Un comando que envió el cliente estaba mal formado, era desconocido o usaba una opción que el servidor no admite, así que no se ejecutó. Los servidores lo indican con `500`, `501`, `502`, `504` o `555`, a menudo con `5.5.1`, `5.5.2` o `5.5.4`; una dirección mal formada recibe `5.1.3` o `5.1.7`.",
        "Corrige el programa que envía, no el mensaje: revisa cómo están escritos los comandos, pon las direcciones entre corchetes angulares y sin espacios, y usa solo las extensiones y los parámetros que el servidor enumera en su respuesta a `EHLO`. El texto que sigue al código suele nombrar la parte errónea. Enviar el mismo comando otra vez fallará de la misma manera.",
        "Tu programa de correo envió una petición que el sistema de correo del destinatario no entendió. Revisa si las direcciones tienen caracteres extraños y actualiza el programa si vuelve a ocurrir.",
    ],
    // bad_sequence
    [
        "Comandos en un orden incorrecto",
        "El cliente envió un comando válido en un momento de la sesión en el que no está permitido, como `RCPT TO` antes de `MAIL FROM` o `DATA` sin ningún destinatario aceptado. Los servidores responden `503`, normalmente con `5.5.1`.",
        "Mira las respuestas inmediatamente anteriores: un `MAIL FROM` o un `RCPT TO` rechazado suele provocar el `503` que le sigue, y esa respuesta anterior muestra el motivo real. Si no es el caso, corrige el orden del cliente: `EHLO`, `AUTH` si hace falta, `MAIL FROM`, `RCPT TO` y luego `DATA`, con `RSET` para empezar de nuevo.",
        "Tu programa de correo y el sistema de correo del destinatario se han desincronizado. Vuelve a enviar el mensaje y actualiza el programa si vuelve a ocurrir.",
    ],
    // service_unavailable
    [
        "Servidor no disponible temporalmente",
        "El servidor respondió, pero dijo que ahora no puede atender porque está sobrecargado, en mantenimiento o apagándose. Las respuestas típicas son `421`, que cierra la conexión, y `450` o `451` con `4.3.2` o `4.4.5`; el problema está en ese servidor, no en el mensaje.",
        "Deja que el servidor emisor lo reintente más tarde, como hace por sí solo tras una respuesta temporal. Si un servidor lleva horas rechazando, su administrador debe revisar su carga, sus servicios y su almacenamiento. Un cliente que se vuelve a conectar de inmediato agrava la sobrecarga, así que los reintentos deben esperar.",
        "El sistema de correo del destinatario está ocupado o fuera de servicio en este momento. Normalmente la entrega se reintenta de forma automática; si el mensaje te llega devuelto, vuelve a enviarlo más tarde.",
    ],
    // system_error
    [
        "Error en el servidor receptor",
        "Algo falló dentro del servidor que respondió: un error de configuración, el almacenamiento lleno o una consulta fallida al DNS o a un directorio de usuarios. Entre las respuestas están `451` con `4.3.0`, `452` con `4.3.1`, `4.3.5` y `4.4.3`, y a veces un `554` o un `5.3.x` permanentes; normalmente el mensaje en sí está bien.",
        "El operador del servidor tiene que buscar el fallo en sus logs y corregirlo: liberar almacenamiento, corregir la configuración o reparar el DNS o el servicio de directorio del que depende. El remitente no puede hacer más que dejar que sigan los reintentos y, si el error persiste, avisar al postmaster de ese sistema con la respuesta completa y su hora.",
        "El sistema de correo del destinatario tuvo un problema técnico. Inténtalo de nuevo más tarde y, si sigue fallando, ponte en contacto con el destinatario por otro medio.",
    ],
    // network_error
    [
        "Fallo de conexión",
        "No se pudo establecer la conexión con el servidor de correo, o se cortó: fue rechazada, agotó el tiempo de espera o se restableció, así que puede que no haya ninguna respuesta. Los servidores emisores lo registran con `4.4.1` cuando no hay respuesta o con `4.4.2` cuando la conexión es defectuosa, y siguen reintentando.",
        "Comprueba el nombre de host y el puerto que usa el cliente, y si un cortafuegos o el proveedor de red bloquea las conexiones salientes al puerto `25`, algo habitual en redes domésticas y en la nube. Si se trata de un dominio remoto, comprueba que sus registros MX apuntan a servidores que estén en marcha y sean accesibles. Mientras tanto, el servidor emisor reintenta por sí solo.",
        "Tu mensaje no pudo llegar al sistema de correo del destinatario por un problema de conexión. Normalmente se reintenta de forma automática; si no es así, vuelve a intentarlo más tarde.",
    ],
    // loop_detected
    [
        "Bucle de correo detectado",
        "El mensaje pasó tantas veces de un servidor a otro que uno de ellos lo detuvo, porque estaba dando vueltas en un bucle. Los servidores cuentan los campos de cabecera `Received` e indican `5.4.6`, a menudo con `554`, o un texto sobre un bucle o sobre demasiados saltos; lo provocan reglas de reenvío y ajustes de enrutamiento que se apuntan entre sí.",
        "Lee los campos de cabecera `Received` del mensaje devuelto para ver qué servidores se repiten. Los administradores de esos sistemas deben eliminar la regla de reenvío, el alias o el ajuste de enrutamiento que devuelve el correo, o corregir un registro MX que apunte al servidor equivocado. Si se vuelve a enviar antes, el mensaje entrará de nuevo en el bucle.",
        "El mensaje daba vueltas sin fin entre sistemas de correo, así que se detuvo su envío. Avisa al destinatario por otro medio, porque probablemente haya que corregir su configuración de reenvío.",
    ],
    // expired
    [
        "Se agotaron los intentos de entrega",
        "El servidor emisor siguió reintentando el mensaje tras fallos temporales y desistió al llegar a su límite de tiempo, a menudo de varios días. El rebote puede llevar `5.4.7` o simplemente el último error registrado; la causa real está en los intentos fallidos anteriores.",
        "Busca en el rebote o en el log del servidor emisor los errores de los intentos anteriores, como un host inaccesible o un buzón lleno, y haz que el responsable corrija esa causa. Después vuelve a enviar el mensaje, porque el servidor emisor ha dejado de intentarlo.",
        "No se pudo entregar tu mensaje pese a intentarlo repetidamente durante mucho tiempo. Comprueba la dirección y vuelve a enviarlo más tarde, o ponte en contacto con el destinatario por otro medio.",
    ],
    // success
    [
        "Aceptado",
        "El servidor ejecutó el comando; tras el `.` final del mensaje, un `250` significa que aceptó el mensaje y asumió la responsabilidad de entregarlo. No es una garantía de que llegue a la bandeja de entrada: todavía puede rebotar más tarde o quedar filtrado.",
        "No hay nada que corregir. Si el destinatario dice que el mensaje nunca llegó, pídele que revise su carpeta de spam, estate atento a un posible rebote posterior y usa el ID de cola o el ID del mensaje que aparece en la respuesta para rastrearlo en los logs del lado receptor.",
        "El mensaje se aceptó para su entrega.",
    ],
    // intermediate
    [
        "A la espera del siguiente paso",
        "Hasta aquí, el servidor aceptó el comando y espera más datos del cliente, como el contenido del mensaje tras `354` o el siguiente paso del inicio de sesión tras `334`. Todavía no ha fallado nada, pero tampoco se ha entregado nada.",
        "El cliente debe enviar lo que el servidor pidió: tras `354`, el mensaje terminado en una línea que solo contenga `.`; tras `334`, la siguiente respuesta de `AUTH`. Si una sesión se detiene aquí, busca un cliente que nunca envió el resto o una conexión que se cortó mientras lo enviaba.",
        "El mensaje todavía se está enviando; hasta ahora no ha fallado nada.",
    ],
    // unknown
    [
        "La respuesta no aclara el motivo",
        "Nada en la respuesta apunta a un motivo concreto: el código es genérico, como `550`, `554` o `5.0.0`, y el texto no dice qué ocurrió. Solo la clase del código es segura: `4xx` para un fallo temporal y `5xx` para uno permanente.",
        "Lee la respuesta completa y el log del servidor emisor en torno a ella. Tras una respuesta `4xx`, deja que el servidor emisor reintente; tras una `5xx`, no vuelvas a enviar el mensaje sin cambios. Si sigue sin estar claro, escribe a la dirección postmaster del dominio receptor con la respuesta completa, la hora y las direcciones implicadas.",
        "No se pudo entregar el mensaje y el motivo no está claro. Inténtalo de nuevo más tarde y, si sigue fallando, ponte en contacto con el destinatario por otro medio.",
    ],
];
