// @generated from data/ by build/ (the texts of Spanish, `es`). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.

use super::{NOTE_COUNT, REASON_COUNT, TEXT_ROWS, UI_KEYS, VENDOR_CODE_COUNT};

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

/// Per provider code (rows as in `super::VENDOR_CODES`): title, meaning, when_seen, how_to_fix.
pub(super) static VENDOR: [[&str; 4]; VENDOR_CODE_COUNT] = [
    // 4.4.8 (microsoft)
    [
        "MX host failed MTA-STS validation",
        "Exchange Online did not deliver because the MX host it reached is not one that the recipient domain's MTA-STS policy lists. This is a temporary failure, so Exchange Online keeps retrying.",
        "Exchange Online sends it when the destination domain publishes an MTA-STS policy whose `mx` entries do not cover the host named in the domain's MX records.",
        "The recipient domain's administrator must make the MTA-STS policy and the MX records agree, by adding the MX host to the policy or correcting the MX record. The sender can only wait or tell the recipient.",
    ],
    // 4.4.312 (microsoft)
    [
        "DNS query failed for the destination",
        "Exchange Online tried to look up the destination host, usually the smart host of an outbound connector, and the DNS query failed. The message stays queued and is retried for up to 24 hours.",
        "Microsoft 365 reports it for connector deliveries when the domain's DNS hosting has a problem, the domain has expired, or a recent MX change is still cached.",
        "The administrator of the destination domain must fix its DNS with the DNS hosting provider or renew the domain. If the connector points to a partner service, that partner has to fix it.",
    ],
    // 4.4.315 (microsoft)
    [
        "Connection to the destination timed out",
        "Exchange Online could not reach the destination mail server in time. The message stays queued and is retried for up to 24 hours.",
        "Microsoft 365 reports it when an on-premises or partner server behind a connector is down, or the connector's smart host setting points at the wrong IP address.",
        "Check that the destination server is running and reachable on port `25`, and that the connector's smart host address is still correct, for example after a change of internet provider.",
    ],
    // 4.4.316 (microsoft)
    [
        "Connection to the destination refused",
        "Exchange Online tried to connect to a mail server outside Microsoft 365 and the connection was refused, so the message stays in the queue for retries.",
        "Exchange Online sends it when a firewall in front of the destination server blocks Microsoft 365 addresses, or when an on-premises server behind a connector has been shut down.",
        "The destination's administrator must allow connections from the Microsoft 365 IP ranges on port `25`. If the on-premises server is gone on purpose, disable the connector and make the accepted domain authoritative.",
    ],
    // 4.4.317 (microsoft)
    [
        "Cannot connect to remote server",
        "Exchange Online reached the destination server, but it answered with an immediate error or did not meet the connection requirements, such as TLS required by the connector.",
        "Microsoft 365 reports it for connector deliveries when the remote server says it is not available, or the connector requires TLS that the remote server does not offer.",
        "The destination's administrator should check the server's TLS settings and certificate, and the TLS settings of the connector in Microsoft 365. A partner service behind the connector has to fix its own side.",
    ],
    // 4.4.318 (microsoft)
    [
        "Connection was closed abruptly",
        "The connection between Exchange Online and the destination server dropped during the session, so the message is retried later.",
        "Microsoft 365 reports it when a firewall's SMTP inspection interferes, the destination server hangs or runs out of resources, or the network between the two fails.",
        "The destination's administrator should turn off faulty SMTP inspection on the firewall, check the mail server's health and resources, and have the network path checked.",
    ],
    // 4.7.32 (google)
    [
        "From domain not aligned with SPF or DKIM",
        "Gmail is slowing down mail from you because the domain in the `From` header matches neither the domain that passed SPF nor the domain that signed with DKIM. This is the DMARC alignment requirement Gmail sets for bulk senders.",
        "Gmail sends it as a temporary `421` reply to senders whose messages authenticate, but for a different domain than the one the recipient sees as the author.",
        "The sender's administrator should sign mail with a DKIM `d=` domain that shares its organizational domain with the `From` address, or send with a `MAIL FROM` domain that does, and publish a DMARC record. Sending services usually offer a custom sending or signing domain for this.",
    ],
    // 4.7.320 (microsoft)
    [
        "Certificate validation failed",
        "Exchange Online could not validate the TLS certificate of the destination server, for example because it expired or names another host, so it keeps the message queued.",
        "Microsoft 365 reports it for deliveries through a connector that requires a valid certificate.",
        "The destination's administrator must install a valid certificate, or the connector's certificate settings must be corrected so the queued messages can go out.",
    ],
    // 4.7.321 (microsoft)
    [
        "Destination must support TLS (DANE)",
        "The destination domain is protected by DNSSEC and DANE, but its mail server did not answer `STARTTLS` or the TLS handshake failed, so Exchange Online would not send in clear text.",
        "Exchange Online sends it as a temporary error with `starttls-not-supported` when delivering to a domain with valid DNSSEC records.",
        "The recipient domain's administrator must make the mail server offer `STARTTLS` and complete the handshake.",
    ],
    // 4.7.322 (microsoft)
    [
        "Destination certificate expired (DANE)",
        "The DANE-protected destination server presented an expired certificate, so Exchange Online did not deliver.",
        "Exchange Online sends it as a temporary error with `certificate-expired` after DNSSEC checks passed.",
        "The recipient domain's administrator must renew the server certificate and update the TLSA records if they pin it.",
    ],
    // 4.7.323 (microsoft)
    [
        "Domain failed DANE validation",
        "The destination's certificate does not match its authentic TLSA record, or the TLSA record is wrong, so Exchange Online did not deliver.",
        "Exchange Online sends it as a temporary error with `tlsa-invalid` for a DNSSEC-signed destination domain.",
        "The recipient domain's administrator must publish TLSA records that match the certificate the mail server presents, especially after a certificate change.",
    ],
    // 4.7.324 (microsoft)
    [
        "Destination returned invalid DNSSEC records",
        "The destination domain claims to be DNSSEC-signed, but Exchange Online could not validate its records, so it did not deliver.",
        "Exchange Online sends it as a temporary error with `dnssec-invalid`.",
        "The recipient domain's administrator must fix the DNSSEC signing of the zone, for example expired signatures or a wrong DS record at the parent.",
    ],
    // 4.7.325 (microsoft)
    [
        "Certificate does not match the host name (DANE)",
        "The certificate of the DANE-protected destination server names neither the domain nor the MX host, so Exchange Online did not deliver.",
        "Exchange Online sends it as a temporary error with `certificate-host-mismatch`.",
        "The recipient domain's administrator must install a certificate whose common name or subject alternative names include the MX host name.",
    ],
    // 4.7.500 (microsoft)
    [
        "Access denied, please try again later (IP throttling)",
        "Microsoft 365 temporarily limits mail from the connecting IP address because it suddenly sends much more than before or is new to Microsoft; the texts carry `ASxxx` tokens.",
        "Exchange Online Protection sends it as `451` to servers whose sending pattern changed a lot, as part of its anti-spam throttling.",
        "A legitimate sender's restriction lifts after a few days of steady sending. A Microsoft 365 customer relaying through Microsoft or routing inbound mail through another service should set up the matching connector, which removes the throttling.",
    ],
    // 4.7.850 (microsoft)
    [
        "Access denied, please try again later (suspicious IP)",
        "Microsoft 365 saw suspicious activity from the sending IP address and restricts it for a while during further checks.",
        "Exchange Online sends it as a temporary refusal while it evaluates an IP address.",
        "If the traffic is legitimate, let the sending server retry; Microsoft says the restriction is lifted shortly. If the server really sent spam, stop the source first.",
    ],
    // 4.16.50 (yahoo)
    [
        "Deferred because of complaints from Yahoo users",
        "Yahoo's own diagnostic code for a temporary deferral: mail from the sending server has drawn many complaints from Yahoo Mail users.",
        "Yahoo sends it with `421` and the text \"temporarily deferred\", usually after recipients marked earlier mail from the same IP address as spam.",
        "Let the queue retry later. The sender's administrator should review what the server sends to Yahoo users and to whom, and stop mail that recipients did not ask for. Someone who does not run the server should pass the full error to its administrator.",
    ],
    // 4.16.55 (yahoo)
    [
        "Deferred for unexpected volume or user complaints",
        "Yahoo's own diagnostic code that comes with its `[TS01]` and `[TSS04]` deferrals: Yahoo has slowed mail from this IP address because of its volume or of complaints from Yahoo users.",
        "Yahoo sends it in `421` replies, often as `4.16.55.1`, when an IP address sends unusual traffic or mail that recipients report as spam.",
        "The sending server may retry later. The sender's administrator should find the source of the mail that caused complaints (a compromised account, an unwanted mailing), stop it, and raise volume to Yahoo only gradually.",
    ],
    // 5.0.350 (microsoft)
    [
        "Generic refusal by the recipient's organization",
        "Exchange Online uses this catch-all code for many refusals from the recipient's side; the text names the cause, such as `x-dg-ref header is too long` or `policy violation detected (AS345)`.",
        "The `x-dg-ref` text comes with Rich Text formatted messages, and the `AS345` text with nested attachments.",
        "Read the text after the code. For `x-dg-ref`, send the message as HTML or plain text; for `AS345`, do not attach messages that themselves carry attachments.",
    ],
    // 5.1.20 (microsoft)
    [
        "Multiple From addresses without a Sender address",
        "The message has more than one address in its `From` header field and no `Sender` field, which RFC 5322 requires in that case, so Exchange Online refused it.",
        "Exchange Online sends it for messages built with several `From` addresses, usually by scripts or unusual mail programs.",
        "Send with a single `From` address, or add a `Sender` header field with exactly one address.",
    ],
    // 5.1.90 (microsoft)
    [
        "Daily recipient limit reached",
        "The Microsoft 365 sender has sent to more recipients in a day than the Exchange Online sending limits allow.",
        "Exchange Online sends it to its own users who exceed the daily recipient rate limit; it can also mean the account is compromised and sending spam.",
        "Wait until the limit resets and spread large mailings over time or use a bulk mail service. The administrator should check the account for signs of compromise.",
    ],
    // 5.1.351 (microsoft)
    [
        "Remote server returned unknown recipient or mailbox unavailable",
        "Exchange Online wraps a refusal from the next server: that server said the recipient is unknown or its mailbox is unavailable. The remote server's own reply follows after `->`.",
        "Exchange Online puts it in bounces when the receiving server rejected the recipient, with text such as `Remote server returned unknown recipient or mailbox unavailable -> 550 User unknown`.",
        "Check the recipient address for typos and ask the recipient for the right one. The remote reply after `->` tells what the receiving server said.",
    ],
    // 5.2.121 (microsoft)
    [
        "Recipient's hourly limit from this sender exceeded",
        "The sender has sent more messages to one Exchange Online recipient within an hour than that recipient accepts from a single sender.",
        "Exchange Online sends it to automated senders and notification systems that flood one mailbox.",
        "Try again later and send fewer messages per hour to that recipient, for example by batching notifications.",
    ],
    // 5.2.122 (microsoft)
    [
        "Recipient's hourly receive limit exceeded",
        "The Exchange Online recipient has received more messages within an hour, from all senders together, than allowed.",
        "Exchange Online sends it when a mailbox is flooded by mail storms or many automated senders.",
        "Try again later. If automated mail causes it, reduce how often it is sent; the recipient may need to find out who floods the mailbox.",
    ],
    // 5.3.190 (microsoft)
    [
        "Journaling to Microsoft 365 not supported",
        "An on-premises journaling rule sends journal reports to Microsoft 365, but the organization has not turned on Journaling Archive, so Exchange Online refuses them.",
        "Exchange Online sends it to organizations that journal on-premises mail into Microsoft 365.",
        "The organization's Microsoft 365 administrator must turn on Journaling Archive or point the journaling rule to another destination.",
    ],
    // 5.4.8 (microsoft)
    [
        "MX host failed MTA-STS validation (permanent)",
        "Exchange Online gave up delivering because the MX host of the recipient domain is not allowed by that domain's MTA-STS policy.",
        "Exchange Online sends it as the final failure when a domain's MTA-STS policy does not include the MX host found in DNS.",
        "The recipient domain's administrator must add the MX host to the MTA-STS policy or fix the MX record, then the sender can send the message again.",
    ],
    // 5.4.14 (microsoft)
    [
        "Hop count exceeded, possible mail loop",
        "Exchange Online stopped the message because it was routed around too many times; this is Exchange Online's own code for a mail loop, where on-premises Exchange uses `5.4.6`.",
        "Exchange Online sends it when an accepted domain is set up wrongly or, in hybrid setups, when connectors send mail back and forth; the text often ends with `ATTR34`.",
        "The recipient organization's administrator should check that the domain is an authoritative accepted domain and that the hybrid connectors route to the right smart host; rerunning the Hybrid Configuration Wizard often fixes it.",
    ],
    // 5.4.300 (microsoft)
    [
        "Message expired",
        "Exchange Online could not deliver the message in the time allowed, because the destination never answered or a bounce about it could not be delivered either.",
        "Exchange Online sends it as the final failure after its retries for a message have run out.",
        "Look at the earlier errors for this destination to find why delivery kept failing, have that fixed, and send the message again.",
    ],
    // 5.4.312 (microsoft)
    [
        "Message expired after DNS query failures",
        "Exchange Online stopped retrying because every attempt failed to look up the destination in DNS until the message's time in the queue ran out.",
        "Exchange Online puts it in the bounce after earlier `4.4.312` deferrals, with the text `Message expired, DNS query failed`.",
        "The recipient domain's administrator must fix the domain's DNS or renew the domain. After that, the sender has to send the message again.",
    ],
    // 5.4.316 (microsoft)
    [
        "Message expired after connections were refused",
        "Exchange Online stopped retrying because the destination server kept refusing connections until the message's time in the queue ran out.",
        "Exchange Online puts it in the bounce after earlier `4.4.316` deferrals, with the text `Message expired, connection refused`.",
        "The destination's administrator must make the server accept connections from Microsoft 365 on port `25`. The sender then has to send the message again.",
    ],
    // 5.4.318 (microsoft)
    [
        "Message expired after connections were reset",
        "Exchange Online stopped retrying because its connections to the destination kept being reset, which it marks as `SuspiciousRemoteServerError`.",
        "Exchange Online puts it in the bounce after repeated `4.4.318` deferrals for the same destination.",
        "The destination's administrator must find what breaks the sessions, often a firewall inspecting SMTP. The sender then has to send the message again.",
    ],
    // 5.6.11 (microsoft)
    [
        "Invalid characters (bare line feeds)",
        "The message contains bare line feed characters, line ends without a carriage return, which Exchange Online does not accept.",
        "Exchange Online sends it when a mail program or script writes lines ending in `LF` instead of `CRLF`.",
        "Fix the sending program so that every line ends with `CRLF`, or send through a server that converts line ends.",
    ],
    // 5.7.57 (microsoft)
    [
        "Client not authenticated to send anonymous mail",
        "An application or device sent mail to `smtp.office365.com` without logging in, and Exchange Online refused `MAIL FROM`.",
        "Exchange Online sends it to printers, scanners and applications set up to relay through Microsoft 365 whose login or TLS setup is wrong.",
        "Configure the device with the credentials of a user that has an Exchange Online mailbox, and make sure it uses `STARTTLS`, since login needs TLS.",
    ],
    // 5.7.64 (microsoft)
    [
        "TenantAttribution, relay access denied",
        "Exchange Online could not match mail from the organization's own servers to an inbound connector, so it refused to relay it.",
        "Exchange Online sends it after something changed on-premises, such as the sending server's IP address or the name in its certificate, so it no longer matches the inbound connector.",
        "The administrator must update the inbound connector to the current IP addresses or certificate name of the on-premises server.",
    ],
    // 5.7.124 (microsoft)
    [
        "Sender not in allowed-senders list",
        "The recipient is a distribution group that accepts mail only from listed senders, and the sender is not on the list.",
        "Exchange Online sends it for groups with delivery restrictions; even the group's owner may need to be listed.",
        "Ask the group owner or the recipient's administrator to add the sender to the group's allowed senders or to remove the restriction.",
    ],
    // 5.7.133 (microsoft)
    [
        "Sender not authenticated for group",
        "The recipient is a group that refuses mail from outside its organization, and the sender is external.",
        "Exchange Online sends it when external senders write to a distribution group that requires authenticated senders.",
        "The group owner or the recipient's administrator must allow external senders for the group.",
    ],
    // 5.7.134 (microsoft)
    [
        "Sender not authenticated for mailbox",
        "The recipient mailbox is set to refuse mail from outside its organization, and the sender is external.",
        "Exchange Online sends it for mailboxes with the setting that requires authenticated senders.",
        "Only the recipient organization's administrator can change the mailbox's delivery restrictions.",
    ],
    // 5.7.135 (microsoft)
    [
        "Sender not authenticated for public folder",
        "The recipient is a mail-enabled public folder that refuses mail from outside its organization.",
        "Exchange Online sends it when external senders write to a public folder that requires authenticated senders.",
        "The recipient organization's administrator must let the public folder accept mail from all senders.",
    ],
    // 5.7.136 (microsoft)
    [
        "Sender not authenticated for mail user",
        "The recipient is a mail user that is set to refuse mail from outside its organization.",
        "Exchange Online sends it when an external sender writes to a mail user with the setting that requires authenticated senders.",
        "Only the recipient organization's administrator can change this setting.",
    ],
    // 5.7.193 (microsoft)
    [
        "Microsoft 365 group does not accept external senders",
        "The recipient is a Microsoft 365 group that accepts mail only from its members or from inside its organization.",
        "Exchange Online sends it with `UnifiedGroupAgent` when an external sender writes to such a group.",
        "The group owner or the recipient's administrator must allow people outside the organization to email the group.",
    ],
    // 5.7.321 (microsoft)
    [
        "Destination must support TLS (DANE, permanent)",
        "Exchange Online gave up because the DANE-protected destination server did not offer `STARTTLS` or the handshake failed.",
        "Exchange Online sends it as a permanent error with `starttls-not-supported`.",
        "The recipient domain's administrator must enable TLS on the mail server; after that the sender can send again.",
    ],
    // 5.7.322 (microsoft)
    [
        "Destination certificate expired (DANE, permanent)",
        "Exchange Online gave up because the DANE-protected destination server kept presenting an expired certificate.",
        "Exchange Online sends it as a permanent error with `certificate-expired`.",
        "The recipient domain's administrator must renew the certificate; after that the sender can send again.",
    ],
    // 5.7.323 (microsoft)
    [
        "Domain failed DANE validation (permanent)",
        "Exchange Online gave up because the destination's certificate kept failing validation against its TLSA records.",
        "Exchange Online sends it as a permanent error with `tlsa-invalid`.",
        "The recipient domain's administrator must correct the TLSA records or the certificate; then the sender can send again.",
    ],
    // 5.7.324 (microsoft)
    [
        "Destination returned invalid DNSSEC records (permanent)",
        "Exchange Online gave up because the destination domain's DNSSEC records kept failing validation.",
        "Exchange Online sends it as a permanent error with `dnssec-invalid`.",
        "The recipient domain's administrator must repair the zone's DNSSEC signing; then the sender can send again.",
    ],
    // 5.7.325 (microsoft)
    [
        "Certificate does not match the host name (DANE, permanent)",
        "Exchange Online gave up because the destination server's certificate did not match the MX host name.",
        "Exchange Online sends it as a permanent error with `certificate-host-mismatch`.",
        "The recipient domain's administrator must replace the certificate with one that names the MX host; then the sender can send again.",
    ],
    // 5.7.367 (microsoft)
    [
        "Remote server returned not permitted to relay",
        "Microsoft 365 forwarded or relayed a message from its relay pool, and the next gateway refused it as a relay attempt. Microsoft uses that pool when the message failed SPF or DKIM on arrival.",
        "Exchange Online sends it for forwarded or relayed mail, most often when a third-party gateway sits in front of or behind Microsoft 365.",
        "The Microsoft 365 administrator should make authentication pass on arrival, for example with Enhanced Filtering for Connectors, and add domains it controls as accepted domains. Fewer forwarding hops help.",
    ],
    // 5.7.501 (microsoft)
    [
        "Access denied, spam abuse detected",
        "Microsoft 365 has banned the sending account because it sent spam.",
        "Exchange Online sends it to its own users whose account was used for spam, usually after a compromise.",
        "The administrator must secure the account and reset its credentials, then ask Microsoft support to restore its ability to send.",
    ],
    // 5.7.502 (microsoft)
    [
        "Access denied, banned sender",
        "Microsoft 365 has banned the sending account after it detected spam from it.",
        "Exchange Online sends it to accounts blocked for spam.",
        "The administrator must resolve the account's issues, reset its credentials and contact Microsoft support to lift the ban.",
    ],
    // 5.7.503 (microsoft)
    [
        "Access denied, banned sender",
        "Microsoft 365 has banned the sending account after it detected spam from it.",
        "Exchange Online sends it to accounts blocked for spam.",
        "The administrator must resolve the account's issues, reset its credentials and contact Microsoft support to lift the ban.",
    ],
    // 5.7.504 (microsoft)
    [
        "Recipient address rejected, access denied",
        "The recipient address is not valid in the receiving Microsoft 365 organization.",
        "Exchange Online Protection sends it with the text `Recipient address rejected: Access denied`.",
        "Check the recipient address and send again; ask the recipient for the right address if it keeps failing.",
    ],
    // 5.7.505 (microsoft)
    [
        "Access denied, banned recipient",
        "Microsoft 365 treats the recipient address as not valid and refuses mail to it.",
        "Exchange Online Protection sends it for recipients it has banned.",
        "Check the address and reach the recipient another way; if this seems wrong, the recipient's administrator can ask Microsoft support.",
    ],
    // 5.7.506 (microsoft)
    [
        "Access denied, bad HELO",
        "The sending server introduced itself in `HELO` or `EHLO` with the name of the server it connects to instead of its own name, which Microsoft treats as spambot behaviour.",
        "Exchange Online Protection sends it at the start of a session with a misconfigured or malicious client.",
        "Configure the sending server to use its own fully qualified host name in `EHLO`.",
    ],
    // 5.7.507 (microsoft)
    [
        "Access denied, rejected by recipient",
        "The recipient's organization has blocked the IP address the message came from.",
        "Exchange Online Protection sends it when the receiving tenant has blocked the sending server.",
        "Contact the recipient by another channel and ask their administrator to remove the block.",
    ],
    // 5.7.508 (microsoft)
    [
        "Access denied, permitted limits exceeded for the IPv6 range",
        "The sender's IPv6 range sent too many messages in too short a time.",
        "Exchange Online Protection sends it to senders over IPv6 that exceed its per-range rate.",
        "Slow down sending from that range and let the queue retry later.",
    ],
    // 5.7.509 (microsoft)
    [
        "Access denied, sending domain does not pass DMARC",
        "The domain in the `From` header failed DMARC and publishes a policy of reject, so Microsoft refused the message.",
        "Exchange Online and Outlook.com send it when neither SPF nor DKIM passes in alignment with the `From` domain and its policy is `p=reject`; forwarding can cause it.",
        "The sender's administrator must fix the domain's SPF, DKIM signing and alignment; the DMARC reports and the headers returned in the bounce show which check failed.",
    ],
    // 5.7.510 (microsoft)
    [
        "Recipient does not accept email over IPv6",
        "The message came over IPv6, but the recipient's domain accepts mail only over IPv4.",
        "Exchange Online Protection sends it to IPv6 senders for domains that have not enabled IPv6 inbound mail.",
        "Send to that domain over IPv4, for example by preferring IPv4 for its MX hosts in the sending server.",
    ],
    // 5.7.511 (microsoft)
    [
        "Access denied, banned sender IP",
        "Microsoft 365 has banned the IP address the message came from.",
        "Exchange Online Protection sends it to servers on its block list.",
        "Remove the cause of the ban, then ask for delisting by email to Microsoft with the full error and the IP address, or use the delist portal.",
    ],
    // 5.7.512 (microsoft)
    [
        "Message must be RFC 5322 section 3.6.2 compliant",
        "The message has no valid address in its `From` header field, so Microsoft 365 refused it.",
        "Exchange Online sends it for messages whose `From` field is missing, empty or malformed, for example without angle brackets around the address.",
        "Fix the sending program so that every message has a `From` field with a well-formed address.",
    ],
    // 5.7.513 (microsoft)
    [
        "Client host blocked by the recipient's custom block list",
        "The receiving organization has put the sending IP address on its own block list in Microsoft 365; the text ends with `AS16012607`.",
        "Exchange Online Protection sends it when the connecting IP is on the recipient tenant's custom block list.",
        "Only the receiving organization can remove the entry. Contact them directly and ask them to unblock the IP address.",
    ],
    // 5.7.515 (outlook_com)
    [
        "Sending domain does not meet the required authentication level",
        "Outlook.com refused the message because the domain in its `From` header does not meet the authentication Microsoft requires from high-volume senders to its consumer mail services.",
        "Outlook.com, Hotmail, Live.com and MSN send it to domains that send 5,000 or more messages to them and lack passing SPF and DKIM or a DMARC record with an aligned pass.",
        "The sender's administrator must publish SPF and DKIM so that both pass, publish a DMARC record (at least `p=none`), and make SPF or DKIM align with the `From` domain. Then send again.",
    ],
    // 5.7.606 (microsoft)
    [
        "Access denied, banned sending IP",
        "Microsoft 365 has banned the IP address the message came from because of its reputation.",
        "Exchange Online Protection sends it to servers whose IP is on its block list, for example after compromise or malicious traffic.",
        "Stop the cause and follow good sending practice, then request removal of the IP address through Microsoft's self-service delist portal.",
    ],
    // 5.7.703 (microsoft)
    [
        "Recipient blocked by the Tenant Allow/Block List",
        "Someone in the organization sent to an address or domain that the organization itself blocks in its Tenant Allow/Block List, and the whole message was stopped.",
        "Exchange Online sends it to internal senders; one blocked recipient stops the message for all recipients.",
        "Remove the blocked recipient and send again, or ask the administrator to change the block entry.",
    ],
    // 5.7.705 (microsoft)
    [
        "Access denied, tenant has exceeded threshold",
        "Microsoft 365 has blocked outgoing mail for the whole organization because too much of its traffic was spam or bulk mail.",
        "Exchange Online sends it after compromised servers or admin accounts sent spam, and rarely after a subscription was renewed late.",
        "The administrator must find and stop the source with the mail flow reports and message trace, then explain the cause to Microsoft support to lift the block.",
    ],
    // 5.7.708 (microsoft)
    [
        "Access denied, traffic not accepted from this IP",
        "Microsoft 365 does not send mail from the low-reputation IP addresses typically given to new tenants.",
        "Exchange Online sends it to new or trial tenants, or to tenants whose traffic looked suspicious.",
        "The administrator should resolve any compromise or open relay and then contact Microsoft support; trial tenants can ask for an exception until they buy licenses.",
    ],
    // 5.7.750 (microsoft)
    [
        "Client blocked from sending from unregistered domains",
        "The organization sent many messages from domains that are not added and verified in Microsoft 365, and Microsoft blocked them.",
        "Exchange Online sends it when mail from unprovisioned domains, often through connectors, exceeds what Microsoft tolerates.",
        "Add and verify every sending domain as an accepted domain, or use a certificate-based connector; also check for unknown connectors created by attackers.",
    ],
    // 5.7.800 (microsoft)
    [
        "Access denied, banned sender domain",
        "Microsoft 365 has banned the domain used in `EHLO`, `MAIL FROM` or `From` because of spam sent with it.",
        "Exchange Online sends it for messages whose sender domain is on its ban list.",
        "Stop the spam from that domain, then contact Microsoft support to restore the domain's ability to send.",
    ],
];

/// Per provider rule with a note, in `super::PROVIDER_RULES` order.
pub(super) static NOTES: [&str; NOTE_COUNT] = [
    // amazon_ses.max_send_rate
    "Amazon SES drops a message refused this way instead of queueing it, so the sending application has to retry it itself, waiting longer before each new attempt.",
    // amazon_ses.daily_quota
    "The account has used up the number of messages Amazon SES lets it send in 24 hours; sending works again when the 24-hour window moves on, or after the quota is raised in the SES console.",
    // amazon_ses.identity_not_verified
    "Amazon SES checks the From, Source, Sender and Return-Path addresses against identities verified in the same AWS Region; while the account is in the sandbox, every recipient must be verified too.",
    // amazon_ses.credentials_invalid
    "Amazon SES expects its own SMTP credentials, which are not the same as the AWS access keys of the account; create SMTP credentials in the SES console and use those.",
    // amazon_ses.account_not_subscribed
    "The AWS account that owns these SMTP credentials has not signed up for Amazon SES.",
    // amazon_ses.iam_not_authorized
    "The login worked, but the IAM policy or the sending authorization policy of the user behind the SMTP credentials does not allow sending through the SES SMTP endpoint.",
    // amazon_ses.sending_paused
    "Amazon SES has paused sending for the whole AWS account, usually after a review of its bounce or complaint rates, and has written to the email address of the AWS account about it.",
    // amazon_ses.message_too_long
    "The SES SMTP interface refuses a message larger than the maximum message size that Amazon SES documents for the account; shrink or remove attachments.",
    // amazon_ses.timeout_waiting_for_data
    "Too much time passed between the client's commands, so the SES SMTP server closed the connection.",
    // amazon_ses.temporary_auth_failure
    "Amazon SES itself had a problem checking the SMTP credentials; retry after a short wait before changing anything.",
    // amazon_ses.global_suppression
    "Amazon SES did not try the address because it is on the SES suppression list after recent hard bounces; remove it from your lists rather than sending again.",
    // apple.spamhaus_dbl
    "Here a domain inside the message, such as one in a link, is on the Spamhaus domain blocklist, not the sending IP address.",
    // apple.proofpoint_blocklist
    "Apple refused the sending IP because of Proofpoint's blocklist; the link in the reply looks the address up there.",
    // barracuda.blocked_using_barracuda_reputation
    "The IP address a Barracuda appliance names can come from a `Received` header field rather than from the connecting server, so check which address it means before asking for removal.",
    // barracuda.reputation_lookup_link
    "The link leads to Barracuda Central's lookup for the sending IP address, where a removal can be requested once the cause of the spam is fixed.",
    // barracuda.ess_permanent_failure_blocked
    "The recipient's Barracuda service refused the message by one of its policies, such as a sender block, a content filter or a reputation check. Only the recipient's administrator can see the reason in the Barracuda message log.",
    // cisco.poor_reputation
    "The sending IP address has a poor SenderBase (Talos) reputation score, so the appliance's host access table puts it in its blocked sender group. The recipient's administrator can add the sender to an allowed sender group.",
    // comcast.es000001
    "Comcast does not take mail sent directly from its own residential addresses; its customers must send through `smtp.comcast.net`, and the block cannot be lifted.",
    // comcast.es000010
    "Comcast treats the sending address as dynamic or residential, usually because its reverse DNS name does not follow the naming of a static address.",
    // comcast.bl000001
    "The sending address is on the Spamhaus ZEN list; removal goes through Spamhaus.",
    // comcast.bl000010
    "The sending address is listed by Cloudmark CSI; removal goes through Cloudmark.",
    // comcast.bl000011
    "The sending address is listed both on Spamhaus ZEN and by Cloudmark CSI.",
    // comcast.bl000100
    "The sending address is on the SenderScore blocklist.",
    // comcast.bl000101
    "The sending address is on both the Spamhaus ZEN and the SenderScore blocklists.",
    // comcast.bl000110
    "The sending address is on the SenderScore blocklist and listed by Cloudmark CSI.",
    // comcast.bl006
    "In this older code Comcast names the Spamhaus SBL or XBL; removal goes through Spamhaus.",
    // comcast.bl007
    "In this older code Comcast names Cloudmark Sender Intelligence (CSI).",
    // comcast.too_many_sessions
    "Comcast limits the number of simultaneous connections from one sending address (25 according to its postmaster page).",
    // comcast.reverse_dns_failure
    "Comcast requires valid reverse DNS for every sending address; this reply is temporary because the lookup may only have failed for now, so it can be retried.",
    // fastmail.relay_access_denied
    "From Fastmail this usually means the mail client is not logging in to Fastmail's outgoing server; turn on SMTP authentication in its settings.",
    // fastmail.content_rejected
    "Fastmail uses this for a message that probably carries a virus or that was reported as spam before; an attachment wrongly flagged as a virus may pass when sent as a zip file.",
    // fastmail.access_denied
    "Fastmail has blocked the sender or the recipient, for example after spam reports or by its abuse systems; a wrongly set up mail client can also cause it, and the rest of the bounce text says more.",
    // fastmail.address_locked
    "The Fastmail account behind the address is locked or deactivated, so it receives no mail until its owner sorts this out with Fastmail support.",
    // free.spam_detected
    "If you did not send the refused message, someone may have forged your address and Free refused their spam.",
    // free.ip_blocked
    "Free blocks an address for up to 24 hours depending on the spam or errors it sent, then lifts the block by itself; after a fix it may list the address again for 24 to 48 hours.",
    // gmx.ip_block_listed
    "The last line of the reply links to a GMX postmaster page for this case, which explains the listing and offers a way to contact GMX.",
    // gmx.too_many_messages
    "Try again in a few hours and send more slowly; if that does not help, contact the WEB.DE postmaster team.",
    // gmx.spf_policy
    "Forwarding servers that keep the original `MAIL FROM` fail this check; WEB.DE advises them to use SRS (Sender Rewriting Scheme).",
    // gmx.mailbox_unavailable
    "GMX and WEB.DE also use this text for a mailbox that was disabled after a long time without use.",
    // gmx.policy_ip_based
    "When a high share of the mail from an IP address is classed as spam, WEB.DE refuses all mail from that address for a while.",
    // gmx.policy_domain_based
    "The sender's domain is known to WEB.DE as a source of spam.",
    // gmx.policy_header_based
    "The message's header information does not meet the standards or WEB.DE's email policy, or does not look plausible.",
    // gmx.syntax_error_configuration
    "GMX and WEB.DE use this text when the sending server's configuration breaks their rules; its administrator must correct the setup and then ask GMX or WEB.DE to lift the block.",
    // gmx.ionos_policy_violations
    "IONOS blocks sending IP addresses with a poor delivery rate, mostly from mail to many addresses that do not exist, and delays servers whose `HELO` name keeps changing. Clean the address list and use one fixed `HELO` name.",
    // godaddy.ib401_auth_on_inbound
    "GoDaddy's inbound servers do not accept logins; the mail client is set to the wrong outgoing server and should use `smtpout.secureserver.net`.",
    // godaddy.ib501_blank_from
    "GoDaddy refused the message because its From field is empty.",
    // godaddy.ib502_ip_as_from
    "GoDaddy refuses messages whose From address uses an IP address instead of a domain.",
    // godaddy.ib506_from_domain_invalid
    "The From domain has no usable MX or address records, or its DNS lookup failed; fix the domain's DNS zone before sending again.",
    // godaddy.ib508_invalid_spf
    "The sender domain's SPF record does not authorize the server that sent the message; add that server to the SPF record.",
    // godaddy.ib212_spam_content
    "A link, attachment or pattern in the message matched GoDaddy's spam filters.",
    // godaddy.ib007_too_many_sessions
    "The sending IP address has too many SMTP sessions open at GoDaddy at once.",
    // godaddy.ib101_server_busy
    "GoDaddy's mail queue is handling more mail than usual; try again later.",
    // godaddy.ib110_spam_block_hour
    "The sending IP address sent too many messages GoDaddy judged as spam and is blocked for an hour.",
    // godaddy.ib111_spam_block_day
    "The sending IP address sent too many messages GoDaddy judged as spam and is blocked for the rest of the day.",
    // godaddy.ib112_invalid_recipients_hour
    "The sending IP address tried too many addresses that do not exist and is blocked for an hour.",
    // godaddy.ib113_invalid_recipients_day
    "The sending IP address tried too many addresses that do not exist and is blocked for the rest of the day.",
    // godaddy.ib510_messages_per_session
    "The session reached GoDaddy's maximum number of messages; open a new connection for the rest.",
    // godaddy.ib103_cloudmark_reputation
    "GoDaddy refused the connection because the sending IP address has a poor reputation with Cloudmark Sender Intelligence (CSI).",
    // godaddy.ib104_spamhaus_sbl
    "The sending IP address is on the Spamhaus Block List (SBL); removal is requested from Spamhaus.",
    // godaddy.ib105_spamhaus_xbl
    "The sending IP address is on the Spamhaus Exploits Block List (XBL); removal is requested from Spamhaus.",
    // godaddy.ib106_spamhaus_pbl
    "The sending IP address is on the Spamhaus Policy Block List (PBL); removal is requested from Spamhaus.",
    // godaddy.rbl_reject
    "GoDaddy's own blocklist lists the sending IP address; use the link in the bounce to ask GoDaddy to remove it.",
    // godaddy.account_disabled
    "GoDaddy says such accounts usually stay disabled for good.",
    // google.dmarc_policy_rejection
    "Gmail names the `From` domain whose DMARC policy refused the message; its administrator is the one to contact.",
    // google.spf_hard_fail
    "The envelope sender's domain publishes an SPF record ending in `-all` and the sending IP is not in it, so Gmail refuses the message outright.",
    // google.spf_or_dkim_required
    "Gmail requires every sender, not only bulk senders, to pass at least one of SPF or DKIM; the reply lists the result of each check.",
    // google.spf_suspicious_entries
    "Gmail objects to the SPF record itself, so the domain's administrator has to review and clean up the record.",
    // google.spf_did_not_pass
    "Gmail uses `7.27` to say that SPF did not pass for the message, not in the registered sense of a sender domain with a null MX.",
    // google.dkim_did_not_pass
    "Gmail uses `7.30` to say that DKIM did not pass for the message, not in the registered sense of `REQUIRETLS` support being required.",
    // google.unauthenticated
    "Gmail sends `7.26` when neither SPF nor DKIM passed; when the text names a DMARC policy instead, the DMARC rule applies.",
    // google.not_sent_over_tls
    "Gmail uses `7.29` to say the message did not arrive over an encrypted connection, not in the registered sense of an ARC validation failure. The sending server has to use `STARTTLS`.",
    // google.tls_required_for_rcpt_domain
    "The recipient's Google Workspace administrator requires encrypted delivery for the domain, so the sending server must use `STARTTLS`.",
    // google.ipv6_guidelines
    "Over IPv6 Gmail requires both a matching PTR record for the sending address and a passing SPF or DKIM check.",
    // google.ptr_rate_limited
    "Gmail uses `4.7.23` for a sending IP without a PTR record, or one whose name does not resolve back to it, not in the registered sense of an SPF failure.",
    // google.same_message_id_quota
    "Gmail limits how many copies with one `Message-ID` it takes; each message sent should get its own `Message-ID`.",
    // google.unsolicited_rate_limited
    "Gmail uses `4.7.28` when mail from your IP, IP range, DKIM or SPF domain, or with one of your link domains looks unsolicited at an unusual rate, and defers it for a while.",
    // google.ip_not_in_whitelist
    "The recipient's Google Workspace domain only takes mail from IP addresses its administrator allowed.",
    // google.not_authorized_to_send_directly
    "Gmail does not take mail directly from this sending IP address; send through your provider's relay instead.",
    // google.receiving_too_quickly
    "Gmail uses `4.2.1` for a recipient who is getting mail faster than it accepts, or for a Workspace customer over its peak relay rate, not for a disabled mailbox.",
    // google.daily_relay_limit
    "The limit applies per Workspace user or customer on `smtp-relay.gmail.com`; the Workspace administrator finds the limits with the SMTP relay settings.",
    // google.daily_quota_code
    "Gmail uses `5.4.5` for an account or relay that reached its daily sending limit, not for a congested mail system.",
    // google.inbox_out_of_storage
    "Gmail storage is shared with Google Drive and Photos, so the recipient frees space in any of them.",
    // google.custom_domain_policy
    "`gcdp` means a rule that a Google Workspace administrator wrote refused the message, not Gmail's own filters; only that administrator can say why or change it.",
    // google.web_login_required
    "Gmail uses `5.7.14` when the account owner has to sign in through a web browser before the mail program may log in, not in the registered sense of a missing trust relationship.",
    // google.mail_relay_denied
    "For `smtp-relay.gmail.com` the Workspace administrator must register the sending device's IP address in the SMTP relay settings or have the device log in with `AUTH`.",
    // google.invalid_credentials_for_relay
    "The registered IP does not belong to the domain the message comes from; the sending server must log in with `AUTH` or name one of the Workspace domains in `HELO` or `EHLO`.",
    // google.mail_sending_denied
    "The sending account is suspended or is not a user of the Google Workspace domain that owns the relay settings.",
    // mail_ru.spam_message_rejected
    "The reply links to Mail.ru's anti-spam support page and gives an error code and an ID; quote them when asking Mail.ru to review a legitimate message.",
    // mail_ru.dmarc_policy
    "A common cause is a website or script that sends with a Mail.ru address in `From` through its own server; send from an address of your own domain instead.",
    // mail_ru.dynamic_ips
    "Mail.ru refuses mail sent straight from addresses it classes as dynamic, such as home connections; send through a mail server with a fixed address and proper reverse DNS, or through your provider.",
    // mail_ru.sending_disabled
    "Mail.ru has stopped sending from this account, usually because it suspects the password was stolen and used for spam. Change or recover the password and confirm ownership of the mailbox to send again.",
    // mailgun.previously_bounced
    "Mailgun did not try the address because it is on the sending domain's bounce suppression list after an earlier hard bounce; remove the suppression only if the address is known to work again.",
    // mailgun.unsubscribed
    "The recipient unsubscribed, so Mailgun suppresses the address; remove it from the Suppressions list only if the recipient opts in again.",
    // mailgun.marked_as_spam
    "The recipient marked earlier mail as spam, so Mailgun suppresses the address; remove it from the Suppressions list only if the recipient opts in again.",
    // mailgun.sandbox_domain
    "A Mailgun sandbox domain only sends to Authorized Recipients who accepted the invitation; add your own domain, or add the address as an Authorized Recipient.",
    // mailgun.free_account
    "A free Mailgun account may only send to Authorized Recipients; upgrade the account or add the address as an Authorized Recipient.",
    // mailgun.domain_unverified
    "Mailgun will not send for a domain until its DNS records are verified; publish the records shown in the Mailgun control panel and verify the domain again.",
    // mailgun.domain_limit_exceeded
    "The sending domain went over a Mailgun limit on requests, bytes or recipients; the reply names the time after which it may send again.",
    // microsoft.recipient_not_found_5_1_10
    "Exchange Online uses `5.1.10` for a recipient that its address lookup did not find, not for a null MX as the IANA registry does.",
    // microsoft.dbeb_recipient_rejected
    "This is Directory Based Edge Blocking: Exchange Online Protection refuses recipients that are not in the receiving organization's directory.",
    // microsoft.relay_access_denied_5_4_1
    "Microsoft names an MX record that points to the wrong server, a domain missing from the accepted domains, or DNS changes still propagating as the usual causes.",
    // microsoft.submission_quota_5_2_2
    "Exchange Online reuses `5.2.2` for a sender over its message or recipient rate limit, not for a full mailbox; it can be a sign of a compromised account.",
    // microsoft.recipient_thread_limit_4_3_2
    "The recipient mailbox is receiving too many messages at once and Exchange throttles it on purpose; retries go through later.",
    // microsoft.queue_expired
    "Exchange Online retries for 24 hours before it sends this bounce; the earlier deferrals show the real cause.",
    // microsoft.ambiguous_recipient
    "Several directory objects share the recipient's address, often after a migration or hybrid sync; the recipient's administrator must remove the duplicate address.",
    // microsoft.sender_denied_5_1_0
    "Despite the words, Exchange Online means that the recipient could not be resolved, often when replying to a message saved as a file; check the recipient address.",
    // microsoft.bad_outbound_sender_5_1_8
    "Microsoft 365 has blocked the sending account for spam, usually because it was compromised; the administrator must secure it before it can send again.",
    // microsoft.delivery_not_authorized
    "Usually a group that accepts mail only from members or listed senders, or a mail flow rule of the recipient's organization.",
    // microsoft.blocklist_1
    "This is Microsoft's own block list; Microsoft asks listed senders to use its delist portal or to forward the bounce to its delisting address.",
    // microsoft.not_authenticated_by_organization_5_7_12
    "Exchange Online uses `5.7.12` for a recipient that refuses mail from outside its organization, not for a password transition as the IANA registry does.",
    // microsoft.public_folder_5_7_13
    "Exchange Online uses `5.7.13` for a public folder that refuses external senders, not for a disabled account as the IANA registry does.",
    // microsoft.mta_sts_certificate
    "The destination's certificate must chain to a trusted root and name the host listed in the domain's MTA-STS policy.",
    // microsoft.ipv6_spf_or_dkim
    "Microsoft 365 accepts anonymous mail over IPv6 only when SPF or DKIM passes.",
    // microsoft.ipv6_reverse_dns
    "Microsoft 365 requires a PTR record for every IPv6 address that sends it mail.",
    // microsoft.customer_block_list
    "The receiving organization blocked the IP address itself, so only it can remove the entry.",
    // microsoft.as345_nested_attachments
    "Microsoft relates this refusal to nested attachments, such as an attached message that carries attachments itself.",
    // microsoft.x_dg_ref_header
    "Microsoft relates this refusal to messages in Rich Text format; sending as HTML or plain text avoids it.",
    // mimecast.spf_sender_invalid
    "Mimecast rejects the message because the connecting IP address is not in the sending domain's `SPF` record. The sender's administrator must add all sending servers to `SPF`; the recipient's Mimecast administrator can instead relax the inbound `SPF` setting of its DNS Authentication policy.",
    // mimecast.dkim_sender_invalid
    "Mimecast's outbound `DKIM` signing does not match the key published in DNS. Check that the public key in DNS and the private key, domain and selector in the DNS Authentication policy belong together.",
    // mimecast.internal_resources_unavailable
    "Mimecast uses this reply for greylisting, which a normal server passes by retrying, but also for a sending IP address with a poor reputation. The recipient's administrator can exempt the sender with an Auto Allow or Permitted Senders policy.",
    // mimecast.local_ct_ip_reputation
    "Mimecast's ongoing reputation checks refused the sending IP address, often after earlier temporary refusals. The recipient's administrator can let the sender through with an Auto Allow or Permitted Senders policy, and Mimecast offers a form to request a review of the IP range.",
    // mimecast.sender_address_blocked
    "A Blocked Senders policy of the recipient's Mimecast account matched the sender; only that account's administrator can remove the entry.",
    // mimecast.account_service_unavailable
    "The Mimecast account has too many inbound connections open at once (20 by default). Retry later, and do not send outbound or journal mail to Mimecast from an IP address that is not authorized for it.",
    // mimecast.maximum_email_size_exceeded
    "The message is larger than an Email Size Limit policy or Mimecast's own limit. Encoding makes a message much bigger than its attachments, so leave a wide margin.",
    // mimecast.mail_loop_detected
    "Mimecast refuses a message once it has passed 25 hops. Look for forwarding rules between the addresses involved.",
    // mimecast.open_relay_not_allowed
    "Neither the sender's nor the recipient's domain belongs to a Mimecast account, or the connecting IP address is not an authorized outbound address. A Mimecast customer must ask Mimecast Support to add the authorized outbound address.",
    // mimecast.account_inbounds_disabled
    "Inbound mail is switched off for the recipient organization's whole Mimecast account. Its administrator must ask Mimecast Support to allow inbound traffic again.",
    // mimecast.account_outbounds_disabled
    "Outbound mail is switched off for the sending organization's Mimecast account. Its administrator must ask Mimecast Support to allow outbound traffic again.",
    // mimecast.anti_spoofing_inbound_not_allowed
    "An Anti-Spoofing policy stopped a message from outside that claims an address of the recipient's own domain. A legitimate sending service needs an Anti-Spoofing policy that takes no action for its address or IP address.",
    // mimecast.header_based_anti_spoofing
    "An Anti-Spoofing policy stopped a message from outside that claims an address of the recipient's own domain. A legitimate sending service needs an Anti-Spoofing policy that takes no action for its address or IP address.",
    // mimecast.content_examination_policy
    "A Content Examination policy of the recipient's account matched the message. That administrator can adjust the policy or add a Content Examination Bypass policy.",
    // mimecast.host_network_not_allowed
    "A Geographical Restriction policy refuses mail from the sending server's network or country; only the recipient's administrator can change it.",
    // mimecast.administrative_prohibition_envelope_blocked
    "Mimecast sends this when the sender's address or domain matches a Blocked Senders policy, or when `SPF` fails hard. The recipient's administrator can change the policy to exclude the sender.",
    // mimecast.envelope_blocked_user_entry
    "The recipient has blocked the sender's address in their personal Managed Senders list. The recipient or their administrator must remove the entry.",
    // mimecast.envelope_blocked_user_domain_entry
    "The recipient has blocked the sender's domain in their personal Managed Senders list. The recipient or their administrator must remove the entry.",
    // mimecast.manually_blocked_senders
    "The sender is on a personal block list of the recipient. The recipient or their administrator must remove the entry from Managed Senders.",
    // mimecast.blocked_senders_header_from
    "A Blocked Senders policy matched the `From` header address. Only the recipient's administrator can change or delete the policy.",
    // mimecast.blocked_senders_envelope_from
    "A Blocked Senders policy matched the envelope sender (`MAIL FROM`). Only the recipient's administrator can change or delete the policy.",
    // mimecast.incorrect_authentication_data
    "Submission to Mimecast on port `587` needs the address of an internal user and its Mimecast cloud password.",
    // mimecast.route_requires_tls
    "A Secure Receipt or Secure Delivery policy demands `TLS`. Enable `STARTTLS` and valid certificates on the sending server, and check that no firewall or proxy tampers with the encryption.",
    // mimecast.route_requires_tls12
    "The sending server offered a `TLS` version older than 1.2, which a Secure Receipt or Secure Delivery policy refuses.",
    // mimecast.route_requires_high_strength_ciphers
    "The ciphers the sending server offered are weaker than a Secure Receipt or Secure Delivery policy allows.",
    // mimecast.unable_to_process_connection
    "The Mimecast server is at its maximum load; the sending server only needs to retry.",
    // mimecast.message_ended_early
    "The message did not end properly, often because a firewall feature such as Cisco's SMTP fixup or MailGuard changed the session. Turn such SMTP inspection off on the sending side.",
    // mimecast.too_many_recipients
    "Mimecast takes at most 100 recipients per message and asks for the rest in another transaction. Firewall SMTP inspection features that do not pass this reply on must be turned off.",
    // mimecast.outbound_thread_limit
    "The account has too many outbound connections at once; send in smaller batches.",
    // mimecast.rejected_due_to_security_policies
    "Mimecast found a virus signature or a spam score above its limit. Spam checks can be bypassed by the recipient's Permitted Senders or Auto Allow policy, virus checks cannot; Mimecast also offers a Sender Feedback form.",
    // naver.no_such_user
    "The reply links to Naver's help page on returned mail; the address part before `@naver.com` does not exist.",
    // orange.abusix_listed
    "Code 100 means the sending address is listed by Abusix; check it at lookup.abusix.com.",
    // orange.spamhaus_listed
    "Code 101 means the sending address is listed by Spamhaus; check it at check.spamhaus.org.",
    // orange.cloudmark_listed
    "Code 102 means the sending address is listed by Cloudmark; ask for a reset at csi.cloudmark.com.",
    // orange.orange_blocklist
    "Code 103 means Orange itself has blocked the sending address; use Orange's contact form and choose the deliverability issue option.",
    // orange.too_many_connections
    "Orange recommends at most 2 simultaneous connections per sending address.",
    // orange.missing_ptr
    "Orange requires a PTR record for the sending address whose host name resolves back to that same address.",
    // orange.too_many_messages_per_connection
    "Orange recommends at most 100 messages per connection.",
    // orange.invalid_helo
    "Orange requires a fully qualified host name in `HELO`/`EHLO` that resolves in DNS.",
    // orange.sender_domain_dns
    "Orange could not find valid A or MX records for the domain in `MAIL FROM`; after a DNS change, wait for cached records to expire.",
    // orange.sender_domain_listed
    "Code 425 means the sender's domain name, not the address, is listed by Abusix or Spamhaus.",
    // orange.suspected_spam
    "For a false positive, Orange asks senders to use its contact form and choose the deliverability issue option.",
    // orange.ofr_999
    "Orange rate-limits a sender with code 999 after inappropriate behaviour; check what is being sent before resuming at a lower rate.",
    // outlook_com.required_authentication_level
    "Microsoft applies this to domains sending 5,000 or more messages to its consumer services, and it expects SPF, DKIM and an aligned DMARC pass.",
    // outlook_com.block_list_s3140
    "Removal from this Outlook.com block list is requested through Microsoft's sender support form for consumer mail, not through the Microsoft 365 delist portal.",
    // outlook_com.block_list_s3150
    "Removal from this Outlook.com block list is requested through Microsoft's sender support form for consumer mail, not through the Microsoft 365 delist portal.",
    // outlook_com.ip_reputation_rate_limited
    "Outlook.com defers mail from this IP because of its reputation and refers the sender to `postmaster.live.com`.",
    // outlook_com.mailbox_unavailable_5_5_0
    "Microsoft sends `5.5.0` with these words when an `@hotmail.com` or `@outlook.com` address was not found; it means the same as `5.1.10`.",
    // outlook_com.dmarc_reject_5_7_509
    "Outlook.com refuses mail whose `From` domain fails DMARC and publishes `p=reject`.",
    // ovh.auth_failed_or_spam_block
    "From OVHcloud this can also mean that sending is blocked on the account after suspected spam; check the account's status in the OVHcloud Control Panel, where a password change or a support ticket unblocks it.",
    // ovh.bad_sequence_means_no_auth
    "OVHcloud says this reply from its servers usually means the mail client did not authenticate to the SMTP server.",
    // ovh.unrecognised_address_arguments
    "OVHcloud's outgoing server could not use the From or To address given; OVHcloud also points to its sending limits of 200 messages per hour per account and 300 per hour per IP address.",
    // ovh.missing_spf_dkim
    "OVHcloud advises publishing an SPF record for the sending domain and, where the email offer has it, turning on DKIM.",
    // ovh.queue_too_long
    "OVH keeps a message in its outgoing queue for 24 hours; if the recipient's server cannot be reached in that time, the message comes back with this text.",
    // proofpoint.pdr_blocked_ipcheck
    "Proofpoint Dynamic Reputation has blocked the sending IP address because spam came from it. A block ends some time after the spam stops; to ask for an earlier review, use the form linked in the reply and say who the recipient was and what kind of mail was blocked.",
    // proofpoint.pdr_blocked_dnsbl_lookup
    "This is the older form of the Proofpoint Dynamic Reputation block; Apple's iCloud mail servers send it too.",
    // proofpoint.blocked_using_pdr
    "Proofpoint Dynamic Reputation delays or blocks IP addresses that send spam. A delay clears by itself within minutes; a block stays until the spam stops or a review request is granted.",
    // proofpoint.essentials_marked_invalid
    "Proofpoint Essentials has the recipient on the invalid list of its SMTP Discovery feature. The recipient's administrator must remove the address from that list if the mailbox exists.",
    // qq.ip_frequency_limited
    "QQ Mail limits how much mail one sending IP address may deliver per minute, hour and day, and blocks the address for minutes, hours or the rest of the day when a limit is passed. The limits are not published, so pause, then send more slowly.",
    // qq.sender_frequency_limited
    "The limit here is on the single sender address; QQ Mail does not publish the numbers, and the wait depends on whether the minute, hour or day limit was passed.",
    // qq.recipient_flooded
    "Despite the wording, the address exists: the recipient has received a large amount of mail in a short time, and QQ Mail refuses more for a while to protect the mailbox. Try again later.",
    // qq.mail_content_denied
    "QQ Mail refuses content that looks like bulk mail which many of its users reported as spam.",
    // qq.suspected_spam_sender
    "QQ Mail has seen a large amount of spam from the sender's domain or from the operator of the sending server, and refuses its mail.",
    // qq.rejected_by_recipients
    "The recipient has put the sender on a personal block list or made a filter that refuses this mail; only the recipient can change that.",
    // rackspace.throttled_too_much_spam
    "Rackspace has received too much spam from the sending server and is deferring its mail; send again later and ask the recipient to safelist your domain.",
    // rackspace.g2_concurrent_connections
    "Rackspace limits how many connections one sending IP address may hold open; reduce the number of parallel connections.",
    // rackspace.g1f_no_ptr
    "Rackspace requires a PTR record for every sending IP address.",
    // rackspace.g6_recipient_check_unavailable
    "Rackspace could not check the recipient address for the moment; a retry a few minutes later usually works.",
    // rackspace.g30_mailbox_rate
    "Rackspace limits how much mail one mailbox may receive in a short time; this protects the recipient, for example from a list bomb, and a later retry usually works.",
    // rackspace.g16_routing_loop
    "If the loop does not clear after a few minutes, Rackspace asks to be told at `postmaster@emailsrvr.com`.",
    // rackspace.g1e_dmarc_lookup
    "Rackspace could not look up the sender domain's DMARC policy for the moment; a retry a few minutes later usually works.",
    // rackspace.g28_untrusted_ip
    "Rackspace accepts only small volumes from a new or untrusted sending IP address until it has built up good sending behaviour; warm the address up and send more slowly.",
    // sendgrid.sender_identity
    "SendGrid only sends mail whose From address matches a verified Sender Identity: a single verified sender address or an authenticated domain in the SendGrid account.",
    // sendgrid.credits_exceeded
    "SendGrid counts each message against the account's email credits and refuses more once they are used up; SendGrid's documentation says to contact its support to have the limit lifted.",
    // sendgrid.recipients_this_hour
    "SendGrid defers such messages and keeps retrying them for up to 72 hours.",
    // sendgrid.unauthenticated_senders
    "The client handed a message to `smtp.sendgrid.net` without logging in first; configure it to authenticate on every connection, with a SendGrid API key as the password.",
    // sendgrid.bad_username_password
    "SendGrid does not recognise the user name or the API key; a password reset in the SendGrid account also breaks integrations that still use the old one.",
    // sendgrid.drop_bounced_address
    "SendGrid dropped the message without trying because the address is on the account's bounce list after an earlier bounce; delete the entry only if the address is known to work again.",
    // sendgrid.drop_unsubscribed
    "SendGrid dropped the message because the recipient is on the account's unsubscribe list.",
    // sendgrid.drop_spam_report
    "SendGrid dropped the message because the recipient earlier reported mail from this account as spam.",
    // sendgrid.drop_spam_content
    "The account's own Spam Checker setting in SendGrid classed the message as spam and dropped it.",
    // sendgrid.drop_invalid_smtpapi
    "SendGrid dropped the message because its `X-SMTPAPI` header is not valid JSON or is built wrongly.",
    // yahoo.tss04
    "Yahoo uses `[TSS04]` for mail deferred because of volume, complaints, spam-like content or a poor IP reputation; if it persists, Yahoo asks for a Sender Support Request with the full error.",
    // yahoo.ts01
    "Yahoo suggests retrying about four hours later, and reviewing the content and practices of the mail if the error lasts 48 hours.",
    // yahoo.ts03
    "Although the code is temporary, Yahoo advises not to resend until the lists and subscription practices have been checked, because it sees bulk mail that looks unsolicited.",
    // yahoo.permanently_deferred
    "Yahoo says retrying will not succeed; the sending practice has to change first.",
    // yahoo.bl21
    "Yahoo refuses connections from addresses listed by Spamhaus; check the address at spamhaus.org.",
    // yahoo.bl23
    "`[BL23]` names the Spamhaus XBL, which lists infected machines and open proxies.",
    // yahoo.ph01
    "Yahoo's content blocks (`PH` codes) cover viruses, phishing, ransomware and other malicious software, and links to any of them.",
    // yahoo.policy_reasons_579
    "Yahoo sends this when the message fails its DKIM, SPF or DMARC checks, often because the `From` domain publishes a DMARC policy the message does not pass.",
    // yahoo.unauthenticated_sender
    "Yahoo requires every sender to pass SPF or DKIM; bulk senders need both and a DMARC policy.",
    // yahoo.unresolvable_from_domain
    "Yahoo checks the domain of `MAIL FROM` and of the `From` header with an SOA query, so a subdomain used there needs its own SOA record as well as A or MX records.",
    // yahoo.not_rfc_compliant
    "Yahoo lists duplicate or badly formatted header fields and wrong MIME types among the causes.",
    // yahoo.resources_unavailable
    "Yahoo says its servers were busy; this normally clears after a short time without any change.",
    // yahoo.vs1_unknown_recipients
    "Yahoo sends `VS1-IP` and `VS1-MF` when a server sends to many invalid recipients, which it treats as a sign of an open relay; remove addresses that bounce.",
    // yahoo.aol_rly_b1
    "AOL places this automatic block when member complaints pass its threshold, and lifts it within 24 hours once complaints fall; AOL recommends a complaint feedback loop.",
    // yahoo.aol_rtr_du
    "AOL uses Spamhaus lists of dynamic and residential addresses and does not take mail directly from them.",
    // yahoo.aol_rtr_bb
    "AOL refuses addresses it lists as dynamic or residential; the block can be lifted on request once the server has a fully qualified host name.",
    // yahoo.aol_rtr_rd
    "AOL refuses mail when the reverse DNS name of the sending address looks like that of a dynamic address.",
    // yahoo.aol_rtr_bl
    "AOL describes this as a permanent block of the IP address for poor reputation, and asks senders to join its complaint feedback loop before opening a support request.",
    // yahoo.aol_rly_sn
    "AOL refuses mail that uses a reserved AOL address as `From` or `Reply-To`, or that claims an AOL affiliate but comes from an unauthorized IP address.",
    // yandex.suspicion_of_spam
    "Yandex's filter judged the content to be spam. When a mailbox sends nothing but spam, Yandex stops taking its mail for 24 hours; senders of legitimate bulk mail should follow Yandex's requirements for honest mailing lists.",
    // yandex.blocked_by_spam_statistics
    "Yandex blocks mail from a source that has sent only spam for 24 hours; the block ends by itself if the spam stops.",
    // yandex.client_host_blocked
    "At Yandex this line is part of the same 24-hour block for sources that send only spam, not necessarily a listing on a public blocklist.",
    // yandex.policy_rejection_target
    "Yandex blocked the recipient's account for breaking its user agreement. The owner can get it unblocked by filling in accurate personal information, or by contacting Yandex support.",
    // yandex.mailbox_size_exceeded
    "This usually means the recipient rarely uses the mailbox; they have to log in to Yandex Mail on the web before it takes mail again.",
    // yandex.no_such_user
    "Yandex reports an unknown recipient with `5.7.1`, the code usually used for policy refusals, so the text decides.",
    // yandex.recipient_rate_limit
    "The recipient is receiving mail at a high rate, so Yandex defers more for now; a later attempt usually succeeds. The `4.2.1` code here does not mean the mailbox is disabled.",
    // zoho.unusual_sending_activity
    "Zoho has blocked the account after unusual activity on it; the `5.4.6` code does not mean a mail loop. A temporary block lifts after a while, or sooner from Zoho's UnblockMe page or the Admin Console.",
    // zoho.rejected_by_destination_domain
    "A filter set up by the receiving organisation at Zoho refused the message; only that organisation's administrator can change it.",
    // zoho.restricted_by_policy
    "A filter set up by the receiving organisation at Zoho refused the message; only that organisation's administrator can change it.",
    // zoho.temporary_system_error
    "The receiving domain at Zoho is not taking mail for the moment; a later attempt usually succeeds. The `4.3.1` code does not mean the mailbox is full.",
    // zoho.dmarc_rejected
    "For a `zoho.com` sender this usually means the address was used from another service or app without going through Zoho's SMTP servers.",
    // zoho.relaying_disallowed_as
    "ZeptoMail refuses a `From` address whose domain is not one the account is allowed to send for.",
    // zoho.subject_mandatory
    "ZeptoMail refuses messages without a subject; the `5.2.1` code it sends here does not mean a disabled mailbox.",
];
